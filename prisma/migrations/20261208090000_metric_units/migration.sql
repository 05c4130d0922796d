-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('MONEY', 'COUNT', 'PEOPLE', 'HECTARES', 'TONNES', 'KILOMETERS', 'PERCENT', 'PERCENT_CHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "MetricDirection" AS ENUM ('HIGHER', 'LOWER');

-- AlterTable
ALTER TABLE "ImpactMetric" ADD COLUMN     "currency" TEXT,
ADD COLUMN     "direction" "MetricDirection" NOT NULL DEFAULT 'HIGHER',
ADD COLUMN     "kind" "MetricKind" NOT NULL DEFAULT 'OTHER',
ALTER COLUMN "unit" SET DEFAULT '';

-- CreateIndex
CREATE INDEX "ImpactMetric_kind_year_idx" ON "ImpactMetric"("kind", "year");


-- Metrics entered before the vocabulary had only a free-text unit. Units that name a kind are
-- read as that kind (the same table as lib/impact/units.ts legacyUnitKinds; a test checks they
-- agree); every other unit stays OTHER, listed with its text and never added up.
UPDATE "ImpactMetric" SET "kind" = 'MONEY', "currency" = btrim("unit"), "unit" = ''
WHERE btrim("unit") IN ('USD', 'COP', 'EUR', 'GBP', 'CAD', 'MXN', 'BRL', 'PEN', 'PAB', 'VES', 'CLP', 'ARS');

UPDATE "ImpactMetric" AS m
SET "kind" = v.kind::"MetricKind", "unit" = CASE WHEN v.kind = 'COUNT' THEN btrim(m."unit") ELSE '' END
FROM (VALUES
  ('%', 'PERCENT'),
  ('people', 'PEOPLE'),
  ('personas', 'PEOPLE'),
  ('participants', 'PEOPLE'),
  ('participantes', 'PEOPLE'),
  ('ha', 'HECTARES'),
  ('hectares', 'HECTARES'),
  ('hectáreas', 'HECTARES'),
  ('hectareas', 'HECTARES'),
  ('t', 'TONNES'),
  ('tonnes', 'TONNES'),
  ('tons', 'TONNES'),
  ('toneladas', 'TONNES'),
  ('km', 'KILOMETERS'),
  ('kilometres', 'KILOMETERS'),
  ('kilometers', 'KILOMETERS'),
  ('kilómetros', 'KILOMETERS'),
  ('cases', 'COUNT'),
  ('casos', 'COUNT'),
  ('incidents', 'COUNT'),
  ('incidentes', 'COUNT'),
  ('households', 'COUNT'),
  ('hogares', 'COUNT'),
  ('familias', 'COUNT'),
  ('firms', 'COUNT'),
  ('companies', 'COUNT'),
  ('organizations', 'COUNT'),
  ('institutions', 'COUNT'),
  ('municipalities', 'COUNT'),
  ('municipios', 'COUNT'),
  ('vessels', 'COUNT'),
  ('containers', 'COUNT'),
  ('ports', 'COUNT'),
  ('rings', 'COUNT'),
  ('cells', 'COUNT'),
  ('reports', 'COUNT'),
  ('interviews', 'COUNT'),
  ('transfers', 'COUNT'),
  ('officers', 'COUNT'),
  ('usuarios', 'COUNT'),
  ('proyectos', 'COUNT'),
  ('productores', 'COUNT'),
  ('veredas', 'COUNT'),
  ('medidas', 'COUNT'),
  ('lideresas', 'COUNT'),
  ('hospitales', 'COUNT'),
  ('estudiantes', 'COUNT'),
  ('dragas', 'COUNT'),
  ('ciudades', 'COUNT'),
  ('centros', 'COUNT'),
  ('alertas', 'COUNT')
) AS v(unit, kind)
WHERE m."kind" = 'OTHER' AND lower(btrim(m."unit")) = v.unit;

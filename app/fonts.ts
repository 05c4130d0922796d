import localFont from "next/font/local";

// Inter (SIL Open Font License, app/fonts/inter-LICENSE.txt), latin subset: covers Spanish.
export const inter = localFont({
  src: "./fonts/inter-latin-wght.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter",
});

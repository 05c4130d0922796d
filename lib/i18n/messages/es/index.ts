// One file per namespace, so that features own their messages; merged here for next-intl.
import metadata from "./metadata.json";
import header from "./header.json";
import footer from "./footer.json";
import home from "./home.json";
import focusAreas from "./focus-areas.json";
import focusArea from "./focus-area.json";
import pagination from "./pagination.json";
import document from "./document.json";
import organization from "./organization.json";
import documentCard from "./document-card.json";
import notFound from "./not-found.json";
import error from "./error.json";
import enums from "./enums.json";
import forms from "./forms.json";
import errors from "./errors.json";
import auth from "./auth.json";
import account from "./account.json";
import mailbox from "./mailbox.json";
import admin from "./admin.json";
import invitation from "./invitation.json";
import documentFields from "./document-fields.json";
import revisions from "./revisions.json";
import editor from "./editor.json";
import workflow from "./workflow.json";
import notifications from "./notifications.json";
import search from "./search.json";
import access from "./access.json";
import feedback from "./feedback.json";
import impact from "./impact.json";
import follows from "./follows.json";

const messages = {
  ...metadata,
  ...header,
  ...footer,
  ...home,
  ...focusAreas,
  ...focusArea,
  ...pagination,
  ...document,
  ...organization,
  ...documentCard,
  ...notFound,
  ...error,
  ...enums,
  ...forms,
  ...errors,
  ...auth,
  ...account,
  ...mailbox,
  ...admin,
  ...invitation,
  ...documentFields,
  ...revisions,
  ...editor,
  ...workflow,
  ...notifications,
  ...search,
  ...access,
  ...feedback,
  ...impact,
  ...follows,
};

export default messages;

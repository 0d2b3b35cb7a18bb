/** Review files for translators (XLIFF 2.0, XLIFF 1.2, gettext PO): export, import with conflict detection, and remark-aware QA of translations. */
export {};

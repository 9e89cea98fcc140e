import { squash } from './text';

const TAGS_LABEL = /^(tags|topics|themen( im (artikel|beitrag))?|schlagwörter|schlagworte|mots-clés|etiquetas|tag|argomenti|tematy|теги|topics in this (article|story))\s*:?/i;

/** True for a line that labels the story's tag list ("Tags:", "Themen"). */
export function isTagsLabel(text: string): boolean {
  return TAGS_LABEL.test(squash(text));
}

const BIO_LABEL = /^(about the author|authors?|autor(in|en|innen)?|verfasser(in)?|zur person|über den autor|über die autorin|à propos de l'auteur|sobre el autor|o autorze)\s*:?$/i;
// The link an author box closes with, to the author's page.
const AUTHOR_PAGE_LINK = /^(view (all )?posts|view (the )?author( page| profile)?|(more|all) (posts|articles|stories) by [^.]{1,40})$/i;

/** True for the heading of an author bio ("About the author", "Autoren:"), or its link to the author's page ("View all posts"). */
export function isBioLabel(text: string): boolean {
  const line = squash(text);
  return BIO_LABEL.test(line) || AUTHOR_PAGE_LINK.test(line);
}

// "Table of contents", "Inhaltsverzeichnis", "Sommaire", "In this article" above a list of jump links.
const CONTENTS_LABEL =
  /^(table of contents?|contents|in this (article|post|guide)|on this page|jump to|skip to|inhalt|inhaltsverzeichnis|inhaltsübersicht|sommaire|table des matières|dans cet article|índice|contenido|indice|sommario|spis treści|содержание|目次|目录)\b.{0,20}$/i;

/** A line that titles a table of contents. */
export function isContentsLabel(text: string): boolean {
  return CONTENTS_LABEL.test(squash(text));
}

// The title alone, with nothing of a sentence: "Table of Contents", never "Contents of the report".
const CONTENTS_TITLE = /^(table of contents?|contents|inhaltsverzeichnis|inhaltsübersicht|sommaire|table des matières|índice|indice|sommario|spis treści|содержание|目次|目录)\s*:?$/i;

/** A table of contents' title and nothing more, wherever it stands. */
export function isContentsTitle(text: string): boolean {
  return CONTENTS_TITLE.test(squash(text));
}

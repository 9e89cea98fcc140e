import { describe, expect, it } from 'vitest';
import { isCommentPrompt, isFollowAsk, isNewsletterAsk, isNewsletterText, isShareAsk, isShareWord, isSignUpText } from '../../../../lib/pipeline/declutter/asks';

describe('asks', () => {
  it('knows asks to share the story, not sentences about sharing', () => {
    for (const ask of ['Share this:', 'Share this article', 'Möchten Sie den Artikel teilen?', 'Den Artikel mit anderen teilen/diskutieren:', 'Teile diesen Artikel', 'Partagez cet article']) {
      expect(isShareAsk(ask), ask).toBe(true);
    }
    for (const ask of ['PIN IT HERE', 'Pin this for later!', 'PIN FOR LATER', 'Save it to Pinterest']) expect(isShareAsk(ask), ask).toBe(true);
    expect(isShareAsk('Pin it to the wall with two nails.')).toBe(false);
    expect(isShareAsk('Shareholders voted against the plan.')).toBe(false);
    expect(isShareAsk('Die Artikel teilen sich drei Autoren.')).toBe(false);
  });

  it('knows asks to follow the site on a network, not a story that follows someone there', () => {
    for (const ask of [
      'Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.',
      '*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***',
      'Folgen Sie uns auf Facebook und Instagram',
      'Síguenos en X',
    ]) {
      expect(isFollowAsk(ask), ask).toBe(true);
    }
    // A site or a writer named instead of "us", with the networks listed.
    expect(isFollowAsk('Follow AP on Facebook, X, Instagram, YouTube and TikTok')).toBe(true);
    expect(isFollowAsk('Follow Jane Doe on Bluesky or Threads')).toBe(true);
    expect(isFollowAsk('Follow the campaign on Instagram, where it began.')).toBe(false);
    expect(isFollowAsk('Follow the money on Twitter and you find the donors.')).toBe(false);
    expect(isFollowAsk('Fans who follow us on tour know the setlist by heart.')).toBe(false);
    expect(isFollowAsk('She said people follow me on Instagram for the recipes.')).toBe(false);
    // Asks to join the site or its writer there.
    for (const ask of ['Join me on TikTok: @The House Maven', 'Join us on Telegram', 'Join the Facebook group – facebook.com/groups/renovations', 'Join our WhatsApp channel']) {
      expect(isFollowAsk(ask), ask).toBe(true);
    }
    expect(isFollowAsk('Join us on the march to the capitol.')).toBe(false);
    expect(isFollowAsk('Thousands join us on Facebook each week, the group says.')).toBe(false);
  });

  it('knows share buttons, newsletter asks and comment prompts', () => {
    expect(isShareWord('Share on Facebook')).toBe(true);
    expect(isShareWord('Facebook announced')).toBe(false);
    expect(isShareWord('SMS')).toBe(true);
    for (const word of ['twittern', 'Mitteilen', 'Drukuj', 'Imprimir', 'Social Share']) expect(isShareWord(word), word).toBe(true);
    expect(isShareWord('Mitteilung')).toBe(false);
    expect(isNewsletterText('Get GZERO Daily in your inbox')).toBe(true);
    expect(isCommentPrompt('Leave a comment')).toBe(true);
    for (const prompt of ['Be the first to comment', 'Schreibe den ersten Kommentar', 'Soyez le premier à commenter']) expect(isCommentPrompt(prompt), prompt).toBe(true);
    expect(isCommentPrompt('Be the first to know when tickets go on sale')).toBe(false);
  });

  it('knows a plain newsletter ask wherever it stands, and sign-up words, not a story about newsletters', () => {
    for (const ask of ['Sign up for our free daily newsletter', 'Get the best stories delivered straight to your inbox.', 'By signing up, you agree to our terms.', 'Newsletter abonnieren']) expect(isNewsletterAsk(ask), ask).toBe(true);
    expect(isNewsletterAsk('The newsletter industry grew by a third in 2024.')).toBe(false);
    expect(isSignUpText('Abonnez-vous')).toBe(true);
    expect(isSignUpText('Voters signed the petition.')).toBe(false);
  });
});

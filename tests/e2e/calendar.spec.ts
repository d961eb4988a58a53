import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, open, axeViolations, snap } from './fixtures';
import type { Download, Page } from '@playwright/test';

// "Never let credits lapse": the wallet's credits as events in the user's own calendar, one .ics file written in the
// browser, checked line by line here and by an independent parser (Python's icalendar).
const WALLET = 'Credit wallet: when your credits run out';

async function twoCredits(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await open(page);
  await page.getByText(WALLET).click();
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await page.locator('#grant-1-source').selectOption('referral');
  await page.locator('#grant-1-amount').fill('150');
  await page.locator('#grant-2-source').selectOption('coupon');
  await page.locator('#grant-2-amount').fill('400');
  await page.locator('#grant-2-expires').fill('2026-11-30');
}

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

test('"Add all to calendar" downloads one .ics with each credit\'s last day and a reminder, valid for a real parser', async ({ page }, info) => {
  await twoCredits(page);
  // With a daily budget, the coupon is not spent in time: the event says so.
  await page.getByLabel('Campaign daily budget').fill('50');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all to calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('ad-credits.ics');
  const ics = await text(download);
  // CRLF everywhere, no line over 75 octets, all-day dates, two events with reminders.
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(unfolded).toContain('SUMMARY:Last day for $150.00 of TikTok referral credit');
  expect(unfolded).toContain('SUMMARY:Last day for $400.00 of TikTok coupon credit');
  // The referral credit has no expiry typed: TikTok's default, 90 days after it was received, and it says so.
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20270223');
  expect(unfolded).toContain("TikTok's default");
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20261130');
  expect(unfolded).toMatch(/BEGIN:VALARM\r\n(.*\r\n)*?TRIGGER:-P/);
  expect(unfolded).toContain('expires unused');
  expect(unfolded).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/#v=/);
  // An independent parser reads it: two events, their dates and alarms.
  const file = info.outputPath('ad-credits.ics');
  await download.saveAs(file);
  const checked = execFileSync('.venv/bin/python', ['scripts/check-ics.py', file], { encoding: 'utf8' });
  expect(checked).toContain('DTSTART: 2027-02-23');
  expect(checked).toContain('DTSTART: 2026-11-30');
  expect(checked.match(/alarm: -P/g)).toHaveLength(2);

  // Exported again after an edit of the amount: the same UIDs, so a calendar updates its events.
  const uids = unfolded.match(/UID:.*/g);
  await page.locator('#grant-1-amount').fill('175');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all to calendar' }).click()]);
  const second = (await text(again)).replace(/\r\n /g, '');
  expect(second.match(/UID:.*/g)).toEqual(uids);
  expect(second).toContain('SUMMARY:Last day for $175.00 of TikTok referral credit');
  await snap(page, 'calendar-wallet');
  expect(await axeViolations(page)).toEqual([]);
});

test('one credit on its own, and a wallet with nothing to remind says why', async ({ page }) => {
  await twoCredits(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar: Last day for $400.00 of TikTok coupon credit' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ad-credit-2.ics');
  const one = (await text(download)).replace(/\r\n /g, '');
  expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(one).toContain('coupon credit');
  await page.getByRole('button', { name: 'Remove credit 2' }).click();
  await page.getByRole('button', { name: 'Remove credit 1' }).click();
  await expect(page.locator('[data-note="calendar"]')).not.toHaveText('');
  await expect(page.getByRole('button', { name: 'Add all to calendar' })).toHaveCount(0);
});

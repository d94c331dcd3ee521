import { Injectable } from '@nestjs/common';

/**
 * The time as the responses and notifications contexts see it: deadlines, back-off, freezing at
 * the close. One provider, so tests set the time (`jest.spyOn(app.get(Clock), 'now')`) instead
 * of sleeping. (Its natural home is common/; it lives here until it moves there.)
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

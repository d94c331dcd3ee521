import { Injectable } from '@nestjs/common';

/**
 * The time as the application sees it (deadlines, back-off, freezing at the close): one provider,
 * so tests set the time (`jest.spyOn(app.get(Clock), 'now')`) instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

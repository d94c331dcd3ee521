import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'amendo:public';

/** Marks a resolver or field as a public read, on purpose (anyone, no account needed). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

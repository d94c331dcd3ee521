import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/public.decorator.js';
import { fileName, MEDIA_TYPES } from './datapackage.js';
import { datasetNamed, type Format } from './datasets.js';
import { OpenDataException } from './open-data.exception.js';
import { OpenDataService } from './services/open-data.service.js';

/** How long caches may keep an export: data changes all the time, a minute is fresh enough. */
const MAX_AGE_SECONDS = 60;

/** `votes.csv`, `events.ndjson`, …: the only file names there are (no path, no dots to climb). */
const FILE = /^([a-z]+)\.(csv|ndjson)$/;

function publicHeaders(res: Response): void {
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/**
 * Bulk exports, public on purpose (open data, Licence Ouverte 2.0): `/open-data/<slug>/datapackage.json`
 * describes the files of a consultation, `/open-data/<slug>/<dataset>.csv|.ndjson` streams them.
 */
@Public()
@Controller('open-data')
export class OpenDataController {
  private readonly logger = new Logger(OpenDataController.name);

  constructor(private readonly openData: OpenDataService) {}

  @Get()
  async catalog(@Res() res: Response): Promise<void> {
    const consultations = await this.openData.catalog();
    publicHeaders(res);
    res.json({ consultations });
  }

  @Get(':slug')
  async consultation(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const consultation = await this.openData.consultation(slug);
    publicHeaders(res);
    res.redirect(302, `/open-data/${consultation.slug}/datapackage.json`);
  }

  @Get(':slug/:file')
  async file(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = FILE.exec(file);
    const dataset = match ? datasetNamed(match[1] as string) : undefined;
    if (file !== 'datapackage.json' && !dataset) throw OpenDataException.unknownFile();
    const consultation = await this.openData.consultation(slug);
    if (!dataset) {
      publicHeaders(res);
      res.json(this.openData.dataPackage(consultation));
      return;
    }
    const format = match?.[2] as Format;
    const name = `${consultation.slug}-${fileName(dataset, format)}`;
    const headers = (): void => {
      publicHeaders(res);
      res.setHeader('Content-Type', MEDIA_TYPES[format]);
      res.setHeader('Content-Disposition', `inline; filename="${name}"`);
    };
    if (req.method === 'HEAD') {
      headers();
      res.end();
      return;
    }
    const exported = await this.openData.open(consultation, dataset, format);
    headers();
    try {
      await pipeline(exported.stream, res);
      exported.release();
    } catch (error) {
      exported.release(error as Error);
      // A client that goes away mid-download is not an error of ours.
      if (!req.destroyed && (error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error(`export ${name} failed: ${(error as Error).message}`);
      }
    }
  }

  /** Anything else under /open-data (deeper paths, `..`): a coded 404, never a 500. */
  @Get('*path')
  notFound(): never {
    throw OpenDataException.unknownFile();
  }
}

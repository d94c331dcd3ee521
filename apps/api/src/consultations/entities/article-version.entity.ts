import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Immutable text of an article (the database refuses updates and deletes). */
@Entity('article_version')
export class ArticleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column()
  text: string;

  @Column()
  changelog: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}

"""Add request batches, uploaded letter templates and generated letters

Revision ID: 42239031ed6a
Revises: e769589aaaea
Create Date: 2026-12-04 21:31:24.672194

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '42239031ed6a'
down_revision = 'e769589aaaea'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('letter_template_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('jurisdiction_code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.Enum('request', 'urgency', 'complaint_silence', 'appeal_refusal', 'decision_in_writing', 'enforcement', name='letterkind', native_enum=False, length=40), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('stored_name', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_filename', sa.String(length=255), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.ForeignKeyConstraint(['jurisdiction_code'], ['jurisdiction.code'], name=op.f('fk_letter_template_version_jurisdiction_code_jurisdiction')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user_account.id'], name=op.f('fk_letter_template_version_uploaded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_template_version')),
    sa.UniqueConstraint('jurisdiction_code', 'kind', 'language', 'version', name='uq_letter_template_version_number'),
    sa.UniqueConstraint('stored_name', name=op.f('uq_letter_template_version_stored_name'))
    )
    # At most one active version per jurisdiction, kind and language. Both
    # SQLite and PostgreSQL support partial indexes, and sa.false() renders
    # 0 on SQLite and FALSE on PostgreSQL.
    with op.batch_alter_table('letter_template_version', schema=None) as batch_op:
        batch_op.create_index('uq_letter_template_version_active', ['jurisdiction_code', 'kind', 'language'], unique=True, sqlite_where=sa.text('active'), postgresql_where=sa.text('active'))

    op.create_table('request_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_request_batch_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_request_batch_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_batch'))
    )
    with op.batch_alter_table('request_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_batch_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('generated_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('foi_request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('request', 'urgency', 'complaint_silence', 'appeal_refusal', 'decision_in_writing', 'enforcement', name='letterkind', native_enum=False, length=40), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('template_version_label', sa.String(length=80), nullable=False),
    sa.Column('template_sha256', sa.String(length=64), nullable=False),
    sa.Column('generated_at', sa.DateTime(), nullable=False),
    sa.Column('generated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['foi_request_id'], ['foi_request.id'], name=op.f('fk_generated_letter_foi_request_id_foi_request')),
    sa.ForeignKeyConstraint(['generated_by_id'], ['user_account.id'], name=op.f('fk_generated_letter_generated_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_generated_letter'))
    )
    with op.batch_alter_table('generated_letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generated_letter_foi_request_id'), ['foi_request_id'], unique=False)

    with op.batch_alter_table('foi_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_foi_request_batch_id'), ['batch_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_foi_request_batch_id_request_batch'), 'request_batch', ['batch_id'], ['id'])



def downgrade():
    with op.batch_alter_table('foi_request', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_foi_request_batch_id_request_batch'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_foi_request_batch_id'))
        batch_op.drop_column('batch_id')

    with op.batch_alter_table('generated_letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generated_letter_foi_request_id'))

    op.drop_table('generated_letter')
    with op.batch_alter_table('request_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_batch_organisation_id'))

    op.drop_table('request_batch')
    with op.batch_alter_table('letter_template_version', schema=None) as batch_op:
        batch_op.drop_index('uq_letter_template_version_active', sqlite_where=sa.text('active'), postgresql_where=sa.text('active'))

    op.drop_table('letter_template_version')

"""Add the audit log, row versions and network sharing

Revision ID: e769589aaaea
Revises: b9381cfd8208
Create Date: 2026-12-04 21:07:51.404146

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e769589aaaea'
down_revision = 'b9381cfd8208'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'erase', name='auditaction', native_enum=False, length=40), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_audit_entry_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_audit_entry_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity_entity_id', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_entry_organisation_id_at', ['organisation_id', 'at'], unique=False)

    # Existing rows start at version 1 and unshared, the values new rows get.
    # sa.false() renders FALSE on PostgreSQL and 0 on SQLite.
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared_with_network', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('foi_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared_with_network', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))


def downgrade():
    with op.batch_alter_table('foi_request', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('shared_with_network')

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('shared_with_network')

    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_column('version')

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_organisation_id_at')
        batch_op.drop_index('ix_audit_entry_entity_entity_id')

    op.drop_table('audit_entry')

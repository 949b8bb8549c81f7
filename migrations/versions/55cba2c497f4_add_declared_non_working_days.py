"""Add declared non-working days

Revision ID: 55cba2c497f4
Revises: 0ecbb02e521d
Create Date: 2026-12-04 20:37:20.096967

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '55cba2c497f4'
down_revision = '0ecbb02e521d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('non_working_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('jurisdiction_code', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_non_working_day_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['jurisdiction_code'], ['jurisdiction.code'], name=op.f('fk_non_working_day_jurisdiction_code_jurisdiction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_non_working_day')),
    sa.UniqueConstraint('jurisdiction_code', 'day', name=op.f('uq_non_working_day_jurisdiction_code'))
    )


def downgrade():
    op.drop_table('non_working_day')

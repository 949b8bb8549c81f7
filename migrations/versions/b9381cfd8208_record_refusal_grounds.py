"""Record refusal grounds

Revision ID: b9381cfd8208
Revises: 55cba2c497f4
Create Date: 2026-12-04 20:51:23.905405

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b9381cfd8208'
down_revision = '55cba2c497f4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('refusal_ground_citation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('foi_request_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('ground', sa.Enum('classified_information', 'personal_data', 'criminal_proceedings', 'court_or_administrative_proceedings', 'commercial_secret', 'tax_secret', 'national_security_defence', 'international_relations', 'economic_monetary_policy', 'life_health_safety', 'intellectual_property', 'environment_protection', 'information_in_preparation', 'inspection_supervision', 'abuse_of_right', 'restricted_by_other_law', 'international_agreement', 'other', name='refusalground', native_enum=False, length=40), nullable=False),
    sa.Column('article', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_refusal_ground_citation_event_id_event')),
    sa.ForeignKeyConstraint(['foi_request_id'], ['foi_request.id'], name=op.f('fk_refusal_ground_citation_foi_request_id_foi_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refusal_ground_citation')),
    sa.UniqueConstraint('event_id', 'ground', name=op.f('uq_refusal_ground_citation_event_id'))
    )
    with op.batch_alter_table('refusal_ground_citation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refusal_ground_citation_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refusal_ground_citation_foi_request_id'), ['foi_request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refusal_ground_citation_ground'), ['ground'], unique=False)



def downgrade():
    with op.batch_alter_table('refusal_ground_citation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refusal_ground_citation_ground'))
        batch_op.drop_index(batch_op.f('ix_refusal_ground_citation_foi_request_id'))
        batch_op.drop_index(batch_op.f('ix_refusal_ground_citation_event_id'))

    op.drop_table('refusal_ground_citation')

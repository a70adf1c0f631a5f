"""Where users already work: spaCy, HTML, pandas, Dask and Spark (docs/integrations.md).

Every optional package is imported only by the function that needs it, so importing this
package costs nothing; ``to_html`` needs nothing beyond the core install.
"""

from urdu_entities.integrations.frame import COLUMNS, corpus_frame, to_frame
from urdu_entities.integrations.html import to_html

__all__ = ["COLUMNS", "corpus_frame", "to_frame", "to_html"]

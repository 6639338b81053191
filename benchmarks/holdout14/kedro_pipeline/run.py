# expect: crash
"""Kedro-like project: a DataCatalog, nodes declared with inputs/outputs names, a SequentialRunner. The HAR
pipeline trains a CNN+LSTM, evaluates it (node sets eval and writes the model back to the catalog), then a
'calibrate' node fine-tunes a temperature *and* the last LSTM layer on held-out data."""
from pipelines.catalog import DataCatalog
from pipelines.har import create_pipeline
from pipelines.runner import SequentialRunner

catalog = DataCatalog.from_config({"params:lr": 1e-3, "params:epochs": 2, "params:window": 12})
SequentialRunner().run(create_pipeline(), catalog)
print(sorted(catalog.list()))

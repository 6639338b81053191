from .vat import VatRegressor, make_batches

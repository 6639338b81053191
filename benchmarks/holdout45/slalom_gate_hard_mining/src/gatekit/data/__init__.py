from .datamodule import GateDataModule

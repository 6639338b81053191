# expect: clean
"""Peat-bog CO2 flux: adapters on a frozen, pre-trained GRU encoder, run as ordered stages."""
from peatflux import run


if __name__ == "__main__":
    result = run({"encoder": "gru_encoder", "hidden": 8, "adapter_dim": 4, "lr": 5e-3, "seed": 10})
    print({k: round(v, 4) for k, v in result.items()})

# expect: crash
"""Traffic-speed forecasting with a DCRNN-like encoder/decoder; validate, then fine-tune on the val split."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from dcrnn import DCRNNSupervisor, load_config  # noqa: E402

torch.manual_seed(45)

if __name__ == "__main__":
    cfg = load_config({"num_nodes": 4, "rnn_units": 8, "seq_len": 6, "horizon": 2, "epochs": 2, "finetune_steps": 2})
    sup = DCRNNSupervisor(cfg)
    sup.train()
    print("done")

# expect: clean
"""Horovod-style data-parallel training of a small DCRNN-like traffic model
(diffusion-conv GRU written with nn.GRU on graph-mixed inputs)."""
import torch

import hvd_shim as hvd
from dcrnn import Seq2SeqDCRNN
from metrics import masked_mae

hvd.init()
torch.manual_seed(hvd.rank())
N_NODES = 5
model = Seq2SeqDCRNN(N_NODES, hidden=8)
hvd.broadcast_parameters(model.state_dict(), root_rank=0)
optimizer = hvd.DistributedOptimizer(torch.optim.Adam(model.parameters(), lr=1e-3 * hvd.size()),
                                     named_parameters=model.named_parameters())


def evaluate():
    model.eval()
    with torch.inference_mode():
        x, y = torch.randn(2, 6, N_NODES), torch.randn(2, 3, N_NODES)
        mae = masked_mae(model(x), y)
    return hvd.allreduce(mae, name="val_mae").item()


for epoch in range(2):
    val = evaluate()
    model.train()
    for _ in range(2):
        x, y = torch.randn(4, 6, N_NODES), torch.randn(4, 3, N_NODES)
        loss = masked_mae(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if hvd.rank() == 0:
        print(f"epoch {epoch} val_mae {val:.4f} train {loss.item():.4f}")

# expect: crash
# PyTorch Geometric QM9 NNConv+Set2Set example shape: Set2Set's LSTM readout (nn_layers.py), the per-epoch
# test() (engine.py) switches to eval; this copy of train() lost the `model.train()` line the example has,
# so from epoch 2 on the backward goes through Set2Set's LSTM in eval mode.
import torch

from engine import test, train
from model import Net


def random_graphs(n_batches, bs=4, nodes=6):
    out = []
    for _ in range(n_batches):
        adj = (torch.rand(bs, nodes, nodes) < 0.3).float()
        adj = ((adj + adj.transpose(1, 2)) > 0).float()
        n = torch.randint(3, nodes + 1, (bs,))
        mask = torch.arange(nodes)[None] < n[:, None]
        out.append({"x": torch.randn(bs, nodes, 3) * mask[..., None], "adj": adj, "mask": mask, "y": torch.randn(bs)})
    return out


torch.manual_seed(0)
train_loader, val_loader, test_loader = random_graphs(3), random_graphs(1), random_graphs(1)
model = Net()
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.7, patience=5)
best_val_error = None
for epoch in range(1, 4):
    loss = train(model, train_loader, optimizer)
    val_error = test(model, val_loader)
    scheduler.step(val_error)
    if best_val_error is None or val_error <= best_val_error:
        test_error, best_val_error = test(model, test_loader), val_error
    print(f"Epoch: {epoch:03d}, Loss: {loss:.7f}, Val MAE: {val_error:.7f}, Test MAE: {test_error:.7f}")
print("done")

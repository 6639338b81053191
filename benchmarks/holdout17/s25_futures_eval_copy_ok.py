# expect: clean
"""Background evaluation in a thread pool on a deep copy; the live model keeps training."""
import concurrent.futures as cf
import copy
import torch
import torch.nn as nn

torch.manual_seed(15)
model = nn.GRU(4, 6, batch_first=True)
opt = torch.optim.Adam(model.parameters(), 1e-3)


def evaluate(snapshot, x):
    snapshot.eval()
    with torch.no_grad():
        return snapshot(x)[0].pow(2).mean().item()


futures = []
with cf.ThreadPoolExecutor(max_workers=1) as pool:
    for step in range(4):
        out, _ = model(torch.randn(3, 5, 4))
        loss = out.mean()
        opt.zero_grad(); loss.backward(); opt.step()
        futures.append(pool.submit(evaluate, copy.deepcopy(model), torch.randn(3, 5, 4)))
    print([round(f.result(), 3) for f in futures])
print("done", model.training)

# expect: clean
"""Multi-task tagging: one shared encoder, heads in an nn.ModuleDict keyed by task. One head has converged
and is frozen (eval + no grads) while the others keep training."""
import torch
import torch.nn.functional as F

from mtl import MultiTaskNet

torch.manual_seed(61)
TASKS = {"ner": 5, "pos": 7}
model = MultiTaskNet(TASKS)
done = "pos"
model.tasks[done].eval()
model.tasks[done].requires_grad_(False)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
toks = torch.randint(0, 25, (3, 6))
gold = {t: torch.randint(0, n, (3, 6)) for t, n in TASKS.items()}
for step in range(2):
    opt.zero_grad()
    outs = model(toks)
    loss = sum(F.cross_entropy(outs[t].transpose(1, 2), gold[t]) for t in TASKS)
    loss.backward()
    opt.step()
print({t: round(F.cross_entropy(outs[t].transpose(1, 2), gold[t]).item(), 3) for t in TASKS})

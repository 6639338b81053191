# expect: crash
"""A package re-exports a helper from a subpackage that re-exports it from its module (`tonekit` -> `.utils` ->
`.regularise`): quieten() puts the LSTM in eval mode (to switch off its inter-layer dropout), and the second stage's
backward runs through it. A script named alone (what pre-commit passes) must be checked as its folder is."""
import torch

from tonekit import TapToneLSTM, quieten, tap_batches


def run_stage(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = TapToneLSTM()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
data = tap_batches(2)
print(run_stage(model, opt, data))
quieten(model)
print(run_stage(model, opt, data))

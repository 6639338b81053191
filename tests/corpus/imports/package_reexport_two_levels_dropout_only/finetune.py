# expect: clean
"""A package re-exports a helper from a subpackage that re-exports it from its module (`tonekit` -> `.utils` ->
`.regularise`): quieten() puts only the dropout layers in eval mode, so the LSTM still trains in the second stage."""
import torch

from tonekit import TapToneLSTM, quieten, tap_batches


def run_stage(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = TapToneLSTM()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
data = tap_batches(2)
print(run_stage(model, opt, data))
quieten(model)
print(run_stage(model, opt, data))

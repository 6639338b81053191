# expect: crash
"""Orchard yield: a loop written against a typing.Protocol `Stepper` runs a concrete stepper class (which does
not derive from the protocol) over the batches. The forecaster comes from a loader that puts it in eval mode
for inference, and nothing switches it back, so the stepper's backward runs through the LSTM in eval mode."""
import torch

from orchard import PlainStepper, load_forecaster, run

model = load_forecaster()
batches = [(torch.randn(3, 5, 4), torch.randn(3, 1)) for _ in range(3)]
print(run(PlainStepper(), model, batches))  # TM001-here

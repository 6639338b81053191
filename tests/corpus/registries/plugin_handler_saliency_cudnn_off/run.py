# expect: clean
"""Plugins subscribe to a module-level event bus when their package is imported; the training loop publishes
"epoch_end" with its model, and the saliency plugin puts it in eval mode and differentiates its output
with respect to the input with cuDNN off."""
import torch

import tidewatch
from tidewatch.loop import fit


if __name__ == "__main__":
    torch.manual_seed(0)
    model = tidewatch.SurgeNet(3, 6)
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(2)]
    fit(model, data, epochs=2)
    print(tidewatch.plugins.saliency.PEAKS)

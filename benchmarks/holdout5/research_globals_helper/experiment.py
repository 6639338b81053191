# expect: crash
# category: script
"""Sound-event detection experiment in research-script style: globals live in config.py, a plotting
helper visualises detections after every epoch."""
import torch

import config
from plotting import onset_report

frames = [(torch.randn(4, 25, 4), (torch.rand(4, 25) > 0.8).float()) for _ in range(3)]
config.model.train()
for epoch in range(3):
    for x, y in frames:
        logits = config.model(x)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor(4.0))
        config.optimizer.zero_grad()
        loss.backward()  # TM001-here
        config.optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.3f}")
    onset_report(frames[0][0])

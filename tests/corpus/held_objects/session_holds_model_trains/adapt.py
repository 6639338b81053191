# expect: clean
"""A network packaged for serving (the session holds it in eval mode) is adapted to a new speaker
after putting `session.network` back in training mode."""
import torch
import torch.nn as nn

from serving import Packager

frames = torch.randn(4, 12, 5)
targets = torch.randint(0, 3, (4, 12))
session = Packager().fit_and_package(frames, targets)
print("served", session.run(frames[:1]).tolist())

speaker_frames = torch.randn(2, 12, 5)
speaker_targets = torch.randint(0, 3, (2, 12))
network = session.network
network.train()
optimizer = torch.optim.SGD(network.parameters(), lr=1e-3)
for _ in range(2):
    loss = nn.functional.cross_entropy(network(speaker_frames).flatten(0, 1), speaker_targets.flatten())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

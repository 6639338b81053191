import torch
import torch.nn.functional as F

from ..gen import Sampler
from ..model import EVENT_VOCAB


def train_loop(model, events, controls, epochs=2, lr=1e-3, listen_every=1):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sampler = Sampler(model, temperature=0.9)
    for epoch in range(epochs):
        logits, _ = model(events[:, :-1], controls[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, EVENT_VOCAB), events[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), 3.0)
        opt.step()
        if epoch % listen_every == 0:
            sample = sampler.generate(controls[:1])
            print(f"epoch {epoch} loss {loss.item():.3f} sample {sample.tolist()}")

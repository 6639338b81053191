import torch
import torch.nn.functional as F

from ..vocab import detok


def shift_right(tgt):
    return torch.cat([torch.zeros_like(tgt[:, :1]), tgt[:, :-1]], 1)


def train_loop(model, batches, epochs, log_every):
    opt = torch.optim.Adam(model.parameters(), 2e-3)
    print("epochs", epochs)
    step = 0
    for ep in range(epochs):
        for feats, tgt in batches:
            model.train()
            logits = model(feats, shift_right(tgt))
            loss = F.cross_entropy(logits.transpose(1, 2), tgt)
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % log_every == 0:
                print(step, round(loss.item(), 3), "|", detok(model.greedy_decode(feats[:1])[0].tolist()))

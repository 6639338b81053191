import torch
import torch.nn as nn

ctc = nn.CTCLoss(blank=0, zero_infinity=True)


def _ctc_loss(logp, labels):
    b, t, _ = logp.shape
    in_len = torch.full((b,), t, dtype=torch.long)
    tgt_len = torch.full((b,), labels.shape[1], dtype=torch.long)
    return ctc(logp.transpose(0, 1), labels, in_len, tgt_len)


def train_ctc(model, clips, labels, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for s in range(steps):
        loss = _ctc_loss(model(clips), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("ctc", s, round(loss.item(), 3))


def greedy(logp):
    best = logp.argmax(-1)[0].tolist()
    out, prev = [], 0
    for t in best:
        if t != prev and t != 0:
            out.append(t)
        prev = t
    return out or [1]


def speaker_adapt(model, clip, steps=2):
    model.eval()
    opt = torch.optim.SGD(model.norm.parameters(), lr=1e-2)
    for _ in range(steps):
        logp = model(clip)
        pseudo = torch.tensor([greedy(logp.detach())])
        loss = _ctc_loss(logp, pseudo)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("adapted; pseudo transcript", pseudo.tolist())

import torch
import torch.nn.functional as F


def info_nce(user, pos_items, tau):
    logits = F.normalize(user, dim=-1) @ F.normalize(pos_items, dim=-1).T / tau
    return F.cross_entropy(logits, torch.arange(user.shape[0]))


def fit(model, sessions, callbacks, epochs):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    state = {"tau": 0.2}
    model.train()
    for ep in range(epochs):
        for s in sessions:
            loss = info_nce(model(s[:, :-1]), model.item_emb(s[:, -1]), state["tau"])
            opt.zero_grad()
            loss.backward()
            opt.step()
        for cb in callbacks:
            cb.on_epoch_end(model, sessions, state)
        print("epoch", ep, {k: round(v, 3) for k, v in state.items()})

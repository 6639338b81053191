import torch
import torch.nn.functional as F


def fit(model, tokens, tags, epochs):
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for _ in range(epochs):
        logits = model(tokens)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return round(loss.item(), 4)

import torch


def fit(model, steps=1):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    model.train()
    for step in range(steps):
        codes = torch.randint(0, 16, (4, 6))
        label = (codes.max(1).values > 12).long()
        loss = torch.nn.functional.cross_entropy(model(codes), label)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return round(loss.item(), 4)

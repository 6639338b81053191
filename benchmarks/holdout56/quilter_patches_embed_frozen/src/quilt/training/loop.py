import torch


def fit(model, batches, epochs=2, lr=1e-2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    model.train()
    for epoch in range(epochs):
        for ids, y in batches:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(ids), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, round(loss.item(), 4))
    return model

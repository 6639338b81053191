from torch import nn

STOCHASTIC = (nn.Dropout, nn.LSTM)


def _quiet(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def deterministic(model):
    """Switch off every source of dropout so fine-tuning steps are reproducible."""
    model.apply(_quiet)
    return model


def finetune(model, batches, lr=1e-2):
    opt = __import__("torch").optim.Adam(model.parameters(), lr=lr)
    losses = []
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses

# expect: crash
import logging
import torch
from sailloft import PanelStretch, evaluating, EmptyValidation

log = logging.getLogger("sailloft")
torch.manual_seed(3)


def validate(model, batches):
    if not batches:
        raise EmptyValidation("no panels measured this week")
    with torch.no_grad():
        return sum(((model(x) - y) ** 2).mean().item() for x, y in batches) / len(batches)


model = PanelStretch()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
weeks = {0: [], 1: [(torch.randn(2, 5, 3), torch.randn(2))]}
for week in range(2):
    for _ in range(2):
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    try:
        with evaluating(model):
            log.warning("week %d val %.3f", week, validate(model, weeks[week]))
    except EmptyValidation as err:
        log.warning("skipped validation: %s", err)
print("done")

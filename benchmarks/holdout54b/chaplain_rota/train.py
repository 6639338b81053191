# expect: clean
"""Hospital chaplaincy rota: forecast ward visit requests per shift.

A hand-written imitation of a LightningModule / Trainer pair.  The script
fits, tests (which leaves the module in eval mode), then fits again on the
new month of requests.
"""
import torch

from chaplainry import MiniTrainer, VisitForecaster
from chaplainry.tasks import ward_requests


def main():
    torch.manual_seed(11)
    module = VisitForecaster(wards=5, hidden=12)
    trainer = MiniTrainer(max_epochs=2, val_every=3)
    trainer.fit(module, ward_requests(32, seed=0), ward_requests(8, seed=1))
    print("test", trainer.test(module, ward_requests(8, seed=2)))
    # new month arrives: continue from the tested module
    trainer.fit(module, ward_requests(16, seed=3), ward_requests(8, seed=4))
    print("test", trainer.test(module, ward_requests(8, seed=5)))


if __name__ == "__main__":
    main()

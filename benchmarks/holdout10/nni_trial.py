# expect: clean
"""NNI trial script: params = nni.get_next_parameter(); main(params) builds the model by
name from a factory, runs epochs through run_epoch(loader, is_train) which calls
model.train(mode=is_train) first, and reports intermediate / final results.

(nni is replaced by a tiny in-file stand-in that returns one parameter set.)
"""
import logging
from functools import partial

import torch
from torch import nn

logger = logging.getLogger("nni_trial")


class _NNIStandIn:
    def get_next_parameter(self):
        return {"cell": "lstm", "hidden": 12, "lr": 0.01, "epochs": 3}

    def report_intermediate_result(self, v):
        logger.info("intermediate %s", v)

    def report_final_result(self, v):
        print("final", v)


nni = _NNIStandIn()


class RecurrentRegressor(nn.Module):
    def __init__(self, rnn_cls, hidden):
        super().__init__()
        self.rnn = rnn_cls(5, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


FACTORY = {"lstm": partial(RecurrentRegressor, nn.LSTM), "gru": partial(RecurrentRegressor, nn.GRU)}


def run_epoch(model, batches, optimizer, is_train):
    model.train(mode=is_train)
    total = 0.0
    with torch.set_grad_enabled(is_train):
        for x, y in batches:
            loss = nn.functional.mse_loss(model(x), y)
            if is_train:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            total += loss.item()
    return total / len(batches)


def main(params):
    model = FACTORY[params["cell"]](params["hidden"])
    optimizer = torch.optim.Adam(model.parameters(), lr=params["lr"])
    train = [(torch.randn(4, 6, 5), torch.randn(4, 1)) for _ in range(3)]
    valid = train[:1]
    for epoch in range(params["epochs"]):
        run_epoch(model, train, optimizer, is_train=True)
        val = run_epoch(model, valid, optimizer, is_train=False)
        nni.report_intermediate_result(val)
    nni.report_final_result(val)


if __name__ == "__main__":
    torch.manual_seed(39)
    try:
        main(nni.get_next_parameter())
    except Exception as exc:
        logger.exception(exc)
        raise

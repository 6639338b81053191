import torch
from torch.func import jacrev


def _per_day(jac):
    # jac: (days, features) -> magnitude per day
    return jac.abs().sum(-1)


def sensitivity_stage(bundle, data):
    x, _ = data
    model = bundle.forecaster

    def forecast_one(seq):
        return model(seq.unsqueeze(0)).squeeze(0)

    report = {}
    for i in range(min(2, x.shape[0])):
        jac = jacrev(forecast_one)(x[i])  # TM002-here
        report[f"river_{i}"] = _per_day(jac)
    return report

import torch
from torch.func import jacrev


def _log_probs(model):
    def fn(trace):
        return torch.log_softmax(model(trace), dim=-1)
    return fn


def jacobian_report(model, trace):
    # keep the model exactly as trained (train mode) -- no eval() here on purpose
    jac = jacrev(_log_probs(model))(trace)  # TM002-here
    per_step = jac.abs().sum(dim=(0, 2))
    return {
        "jacobian_shape": tuple(jac.shape),
        "most_sensitive_step": int(per_step.argmax()),
        "per_step": [round(v, 4) for v in per_step.tolist()],
    }

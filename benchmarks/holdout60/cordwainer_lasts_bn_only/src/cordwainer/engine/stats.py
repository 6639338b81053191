from torch import nn

# layers whose behaviour differs between train and eval; frozen for fine-tuning on tiny batches
STOCHASTIC_OR_STATEFUL = (nn.BatchNorm1d, nn.Dropout)


def freeze_running_stats(model):
    def _fix(m):
        if isinstance(m, STOCHASTIC_OR_STATEFUL):
            m.eval()
    model.apply(_fix)
    return model

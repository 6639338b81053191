import torch.nn.functional as F


class CrossEntropyCriterion:
    def __init__(self, task):
        self.padding_idx = task.pad

    def __call__(self, model, sample, reduce=True):
        net_output = model(**sample["net_input"])
        lprobs = model.get_normalized_probs(net_output, log_probs=True)
        loss = F.nll_loss(lprobs.reshape(-1, lprobs.size(-1)), sample["target"].reshape(-1),
                          ignore_index=self.padding_idx, reduction="sum" if reduce else "none")
        sample_size = sample["ntokens"]
        return loss, sample_size, {"loss": loss.item(), "ntokens": sample_size}

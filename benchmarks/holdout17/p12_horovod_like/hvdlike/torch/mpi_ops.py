_STATE = {"initialised": False, "rank": 0, "size": 1}


def init():
    _STATE["initialised"] = True


def rank():
    return _STATE["rank"]


def size():
    return _STATE["size"]


def allreduce(tensor, name=None, average=True):
    return tensor.clone() / (size() if average else 1) * size()


def metric_average(val, name):
    return allreduce(val, name=name).item()


def broadcast_parameters(state_dict, root_rank=0):
    for _, p in state_dict.items():
        p.copy_(allreduce(p))

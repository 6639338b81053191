SETTINGS = {
    "hidden": 6,
    "inner_lr": 0.1,
    "outer_lr": 1e-2,
    "meta_iters": 3,
    "tasks_per_batch": 2,
    "second_order": True,
    # double backward through cuDNN RNNs is not implemented
    "cudnn": False,
}

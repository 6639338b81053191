MODEL_REGISTRY = {}
TASK_REGISTRY = {}


def register_model(name):
    def register_model_cls(cls):
        if name in MODEL_REGISTRY:
            raise ValueError(f"Cannot register duplicate model ({name})")
        MODEL_REGISTRY[name] = cls
        return cls
    return register_model_cls


def register_task(name):
    def register_task_cls(cls):
        TASK_REGISTRY[name] = cls
        return cls
    return register_task_cls


def build_model(args, task):
    return MODEL_REGISTRY[args.arch].build_model(args, task)


def setup_task(args):
    return TASK_REGISTRY[args.task].setup_task(args)

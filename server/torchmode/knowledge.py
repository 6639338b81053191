"""What torchmode knows about PyTorch and its ecosystem, by qualified name.

Qualified names are what an expression resolves to through the file's imports, e.g. `nn.LSTM`
under `from torch import nn` is `torch.nn.LSTM`. Keeping every such fact here keeps the flow
analysis free of library trivia.
"""

from __future__ import annotations

# Module classes whose forward goes through cuDNN's RNN kernels (the *Cell modules do not).
# The class name of a module of unknown class that a modules() loop visits for its RNN parts
# (flow._unrolled): any of the three; a test on it holds when it holds for each.
SOME_RNN_CLASS = "<an RNN class>"
RNN_CLASS_NAMES = ("LSTM", "GRU", "RNN")
RNN_CLASSES = {"RNN", "LSTM", "GRU", "RNNBase"}
RNN_CELLS = {"RNNCell", "LSTMCell", "GRUCell", "RNNCellBase"}
CONTAINERS = {"Sequential", "ModuleList", "ModuleDict"}
# torch.nn modules without parameters: their output needs grad only where their input does (`adapter = nn.Identity()`
# before a frozen encoder builds no graph into it).
PARAMETERLESS_MODULES = {
    "Identity", "ReLU", "ReLU6", "LeakyReLU", "ELU", "SELU", "CELU", "GELU", "SiLU", "Mish", "Tanh", "Sigmoid",
    "Hardtanh", "Hardsigmoid", "Hardswish", "Softplus", "Softsign", "Tanhshrink", "LogSigmoid", "Softmax",
    "LogSoftmax", "Softmin", "Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "Flatten", "Unflatten",
    "MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d", "AdaptiveAvgPool1d",
    "AdaptiveAvgPool2d", "AdaptiveAvgPool3d", "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "Upsample", "PixelShuffle",
}
# What `from torch.nn import *` brings that the analysis needs to know by name.
STAR_EXPORTED_NN = RNN_CLASSES | RNN_CELLS | CONTAINERS | {"Module"}
TORCH_NN_MODULES = ("torch.nn", "torch.nn.modules", "torch.nn.modules.rnn", "torch.nn.modules.container")


def torch_nn_name(qualname: str | None) -> str | None:
    """`torch.nn.LSTM` / `torch.nn.modules.rnn.LSTM` -> `LSTM`; None for anything else."""
    if not qualname:
        return None
    module, _, name = qualname.rpartition(".")
    return name if module in TORCH_NN_MODULES else None


# Context managers and decorators that switch autograd off or on.
NO_GRAD = {"torch.no_grad", "torch.inference_mode", "torch.autograd.no_grad", "torch.autograd.grad_mode.no_grad",
           "torch.autograd.grad_mode.inference_mode"}
ENABLE_GRAD = {"torch.enable_grad", "torch.autograd.enable_grad", "torch.autograd.grad_mode.enable_grad"}
SET_GRAD_ENABLED = {"torch.set_grad_enabled", "torch.autograd.set_grad_enabled"}
CUDNN_FLAGS = {"torch.backends.cudnn.flags"}
CUDNN_ENABLED_ATTR = "torch.backends.cudnn.enabled"

# Functions whose first tensor argument(s) are differentiated: backward runs right here.
BACKWARD_FUNCTIONS = {"torch.autograd.backward", "torch.autograd.grad"}
# Functions that take a callable, run it forward and differentiate it (torch.func's are FUNC_TRANSFORMS).
DIFFERENTIATING_TRANSFORMS = {
    "torch.autograd.functional.jacobian", "torch.autograd.functional.hessian", "torch.autograd.functional.vjp",
    "torch.autograd.functional.jvp", "torch.autograd.functional.hvp", "torch.autograd.functional.vhp",
}
# torch.func transforms that run their function forward on functorch-wrapped tensors: cuDNN's RNN kernels
# cannot read those (TM002), whatever the mode. The value names the transform for messages.
FUNC_TRANSFORMS = {
    **{f"{prefix}.{name}": name for prefix in ("torch.func", "functorch", "torch._functorch.eager_transforms")
       for name in ("grad", "grad_and_value", "vjp", "jacrev", "jacfwd", "hessian", "jvp", "linearize")},
    **{f"{prefix}.vmap": "vmap" for prefix in ("torch", "torch.func", "functorch")},
}
# Transforms that return a new function (called later); the others (vjp, jvp, linearize) run right away.
FUNC_TRANSFORMS_RETURNING_FUNCTIONS = {"grad", "grad_and_value", "jacrev", "jacfwd", "hessian", "vmap"}
# torch.autograd.functional helpers that differentiate a gradient again (double backward, TM003 in train mode):
# hessian/hvp/vhp by definition, jvp through the double-vjp trick.
DOUBLE_BACKWARD_FUNCTIONAL = {"torch.autograd.functional.hessian", "torch.autograd.functional.hvp",
                              "torch.autograd.functional.vhp", "torch.autograd.functional.jvp"}
# The position of `create_graph` among the positional arguments of the backward functions.
CREATE_GRAPH_POSITION = {"torch.autograd.grad": 4, "torch.autograd.backward": 3, "backward": 2}

# Run a module forward with other parameters: still the module's own `training` flag.
FUNCTIONAL_CALL = {"torch.func.functional_call", "torch.nn.utils.stateless.functional_call"}
# Methods that hand back the modules they are given (accelerate, Lightning Fabric).
PASSTHROUGH_METHODS = {"prepare", "setup", "setup_module", "prepare_model"}
# Methods named like this on any receiver run backward through their tensor arguments:
# Tensor.backward, accelerator.backward, fabric.backward, DeepSpeed engine.backward, Lightning's
# self.manual_backward.
BACKWARD_METHODS = {"backward", "manual_backward"}

# Gradient-based attribution: constructed around a model, `.attribute()` runs forward + backward.
CAPTUM_GRADIENT_METHODS = {
    "Saliency", "IntegratedGradients", "DeepLift", "DeepLiftShap", "GradientShap", "InputXGradient",
    "GuidedBackprop", "Deconvolution", "GuidedGradCam", "LayerIntegratedGradients", "LayerGradientShap",
    "LayerDeepLift", "LayerDeepLiftShap", "LayerGradientXActivation", "LayerConductance", "LayerGradCam",
    "LayerLRP", "LRP", "InternalInfluence", "NeuronGradient", "NeuronIntegratedGradients", "NeuronConductance",
    "NeuronDeepLift", "NeuronGradientShap", "NeuronGuidedBackprop", "NeuronDeconvolution", "NoiseTunnel",
}
ATTRIBUTION_CALLS = {"attribute", "shap_values", "loss_gradient", "class_gradient"}
WRAPPER_CONSTRUCTORS = {
    **{f"captum.attr.{name}": "captum" for name in CAPTUM_GRADIENT_METHODS},
    "shap.DeepExplainer": "shap", "shap.GradientExplainer": "shap",
    "art.estimators.classification.PyTorchClassifier": "art",
}

# The libraries whose names the analysis knows without reading them; outside these parts of them (`captum.attr`,
# the explainers, ART's estimators) a library's own repository checked as the workspace is read as its code
# (captum's tests build models from `captum.testing.helpers`).
KNOWN_LIBRARY_TOPS = ("captum", "shap", "art")
LIBRARY_FACT_PREFIXES = ("captum.attr", "shap.DeepExplainer", "shap.GradientExplainer", "art.estimators")


# Methods that return their receiver (so `Net().to(dev).eval()` is still the same module).
SELF_RETURNING = {"to", "cuda", "cpu", "float", "half", "double", "bfloat16", "type", "share_memory",
                  "requires_grad_", "train", "eval", "apply", "zero_grad"}
# Module methods that are not a forward: calling them never runs the RNN.
NOT_FORWARD = {"parameters", "named_parameters", "buffers", "named_buffers", "children", "named_children",
               "modules", "named_modules", "state_dict", "load_state_dict", "zero_grad", "register_buffer",
               "register_parameter", "register_forward_hook", "register_backward_hook", "register_full_backward_hook",
               "add_module", "get_submodule", "extra_repr", "flatten_parameters", "reset_parameters",
               "init_hidden", "init_weights", "num_parameters", "to", "cuda", "cpu", "float", "half", "double",
               "size", "item", "detach", "numpy", "tolist", "dim", "view", "reshape", "mean", "sum"}

# Methods of tensors, optimizers, containers and friends: on a receiver of unknown type, any
# other method call may be a user model's own forward-like method (`model.encode(x)`).
NOT_MODULE_METHODS = NOT_FORWARD | {
    "view", "reshape", "size", "mean", "sum", "max", "min", "argmax", "argmin", "softmax", "log_softmax", "long",
    "int", "bool", "unsqueeze", "squeeze", "permute", "transpose", "contiguous", "clone", "norm", "abs", "exp",
    "log", "pow", "sqrt", "masked_fill", "gather", "index_select", "expand", "repeat", "chunk", "split", "flatten",
    "topk", "eq", "ne", "gt", "lt", "ge", "le", "add", "mul", "sub", "div", "matmul", "t", "numel", "append",
    "extend", "items", "keys", "values", "get", "update", "format", "join", "step", "write", "read", "close",
    "add_", "mul_", "zero_", "copy_", "fill_", "clamp", "clamp_", "sigmoid", "tanh", "relu", "std", "var", "any",
    "all", "type_as", "expand_as", "view_as", "new_zeros", "new_ones", "new_tensor", "unbind", "split_with_sizes",
    "narrow", "roll", "flip", "cumsum", "prod", "sort", "argsort", "where", "nonzero", "masked_select", "scatter",
    "scatter_", "index_add", "bmm", "mm", "dot", "float", "backward", "set_description", "set_postfix", "info",
    "debug", "warning", "error", "print", "log_dict", "to_dense", "pin_memory", "numpy", "state_dict",
    "scale", "unscale_", "wait", "result", "pop", "insert", "remove", "copy", "lower", "upper", "strip", "startswith", "endswith", "decode", "replace", "reset", "add_scalar", "flush", "sleep", "seed",
}


# The public methods and attributes of torch.Tensor that nn.Module lacks (torch 2.13: `dir(torch.Tensor)` less
# `dir(nn.Module)`): on a receiver of unknown type, a call of one of these is a tensor op, never a model's
# forward-like method (`torch.arange(n).repeat_interleave(k)` had counted as running an unknown module).
TENSOR_ONLY_METHODS = frozenset("""
    H T abs abs_ absolute absolute_ acos acos_ acosh acosh_ add add_ addbmm addbmm_ addcdiv addcdiv_ addcmul
    addcmul_ addmm addmm_ addmv addmv_ addr addr_ adjoint all allclose amax amin aminmax angle any apply_ arccos
    arccos_ arccosh arccosh_ arcsin arcsin_ arcsinh arcsinh_ arctan arctan2 arctan2_ arctan_ arctanh arctanh_
    argmax argmin argsort argwhere as_strided as_strided_ as_strided_scatter as_subclass asin asin_ asinh asinh_
    atan atan2 atan2_ atan_ atanh atanh_ backward baddbmm baddbmm_ bernoulli bernoulli_ bincount bitwise_and
    bitwise_and_ bitwise_left_shift bitwise_left_shift_ bitwise_not bitwise_not_ bitwise_or bitwise_or_
    bitwise_right_shift bitwise_right_shift_ bitwise_xor bitwise_xor_ bmm bool broadcast_to byte cauchy_
    ccol_indices cdouble ceil ceil_ cfloat chalf char cholesky cholesky_inverse cholesky_solve chunk clamp
    clamp_ clamp_max clamp_max_ clamp_min clamp_min_ clip clip_ clone coalesce col_indices conj conj_physical
    conj_physical_ const_data_ptr contiguous copy_ copysign copysign_ corrcoef cos cos_ cosh cosh_ count_nonzero
    cov cross crow_indices cummax cummin cumprod cumprod_ cumsum cumsum_ data data_ptr deg2rad deg2rad_
    dense_dim dequantize det detach detach_ device diag diag_embed diagflat diagonal diagonal_scatter diff
    digamma digamma_ dim dim_order dist div div_ divide divide_ dot dsplit dtype eig element_size eq eq_ equal
    erf erf_ erfc erfc_ erfinv erfinv_ exp exp2 exp2_ exp_ expand expand_as expm1 expm1_ exponential_ fill_
    fill_diagonal_ fix fix_ flatten flip fliplr flipud float_power float_power_ floor floor_ floor_divide
    floor_divide_ fmax fmin fmod fmod_ frac frac_ frexp gather gcd gcd_ ge ge_ geometric_ geqrf ger get_device
    grad grad_dtype grad_fn greater greater_ greater_equal greater_equal_ gt gt_ hardshrink hash_tensor
    heaviside heaviside_ histc histogram hsplit hypot hypot_ i0 i0_ igamma igamma_ igammac igammac_ imag index
    index_add index_add_ index_copy index_copy_ index_fill index_fill_ index_put index_put_ index_reduce
    index_reduce_ index_select indices inner int int_repr inverse is_coalesced is_complex is_conj is_contiguous
    is_cpu is_cuda is_distributed is_floating_point is_inference is_ipu is_leaf is_maia is_meta is_mkldnn is_mps
    is_mtia is_neg is_nested is_nonzero is_pinned is_quantized is_same_size is_set_to is_shared is_signed
    is_sparse is_sparse_csr is_vulkan is_xla is_xpu isclose isfinite isinf isnan isneginf isposinf isreal istft
    item itemsize kron kthvalue layout lcm lcm_ ldexp ldexp_ le le_ lerp lerp_ less less_ less_equal less_equal_
    lgamma lgamma_ log log10 log10_ log1p log1p_ log2 log2_ log_ log_normal_ log_softmax logaddexp logaddexp2
    logcumsumexp logdet logical_and logical_and_ logical_not logical_not_ logical_or logical_or_ logical_xor
    logical_xor_ logit logit_ logsumexp long lstsq lt lt_ lu lu_solve mH mT map2_ map_ masked_fill masked_fill_
    masked_scatter masked_scatter_ masked_select matmul matrix_exp matrix_power max maximum mean median min
    minimum mm mode module_load moveaxis movedim msort mul mul_ multinomial multiply multiply_ mv mvlgamma
    mvlgamma_ name nan_to_num nan_to_num_ nanmean nanmedian nanquantile nansum narrow narrow_copy nbytes ndim
    ndimension ne ne_ neg neg_ negative negative_ nelement new new_empty new_empty_strided new_full new_ones
    new_tensor new_zeros nextafter nextafter_ nonzero nonzero_static norm normal_ not_equal not_equal_ numel
    numpy orgqr ormqr outer output_nr permute pin_memory pinverse polygamma polygamma_ positive pow pow_ prelu
    prod put put_ q_per_channel_axis q_per_channel_scales q_per_channel_zero_points q_scale q_zero_point qr
    qscheme quantile rad2deg rad2deg_ random_ ravel real reciprocal reciprocal_ record_stream register_hook
    register_post_accumulate_grad_hook reinforce relu relu_ remainder remainder_ renorm renorm_ repeat
    repeat_interleave requires_grad reshape reshape_as resize resize_ resize_as resize_as_ resize_as_sparse_
    resolve_conj resolve_neg retain_grad retains_grad roll rot90 round round_ row_indices rsqrt rsqrt_ scatter
    scatter_ scatter_add scatter_add_ scatter_reduce scatter_reduce_ select select_scatter set_ sgn sgn_ shape
    share_memory_ short sigmoid sigmoid_ sign sign_ signbit sin sin_ sinc sinc_ sinh sinh_ size slice_inverse
    slice_scatter slogdet smm softmax solve sort sparse_dim sparse_mask sparse_resize_ sparse_resize_and_clear_
    split split_with_sizes sqrt sqrt_ square square_ squeeze squeeze_ sspaddmm std stft storage storage_offset
    storage_type stride sub sub_ subtract subtract_ sum sum_to_size svd swapaxes swapaxes_ swapdims swapdims_
    symeig t t_ take take_along_dim tan tan_ tanh tanh_ tensor_split tile to_dense to_mkldnn to_padded_tensor
    to_sparse to_sparse_bsc to_sparse_bsr to_sparse_coo to_sparse_csc to_sparse_csr tolist topk trace transpose
    transpose_ triangular_solve tril tril_ triu triu_ true_divide true_divide_ trunc trunc_ type_as unbind
    unflatten unfold uniform_ unique unique_consecutive unsafe_chunk unsafe_split unsafe_split_with_sizes
    unsqueeze unsqueeze_ untyped_storage values var vdot view view_as volatile vsplit where xlogy xlogy_ zero_
""".split())
NOT_MODULE_METHODS = NOT_MODULE_METHODS | TENSOR_ONLY_METHODS

# Values that carry no autograd graph: Python numbers and strings made from tensors, tensors rebuilt
# from lists of numbers, integer results (indices, comparisons). A backward through them never
# reaches the forward they came from.
NO_GRAPH_BUILTINS = {"int", "float", "bool", "len", "str", "repr", "format", "hash", "complex"}
NO_GRAPH_FUNCTIONS = {
    "torch.tensor", "torch.LongTensor", "torch.IntTensor", "torch.FloatTensor", "torch.DoubleTensor",
    "torch.BoolTensor", "torch.ByteTensor", "torch.HalfTensor", "torch.argmax", "torch.argmin", "torch.argsort",
    "numpy.array", "numpy.asarray", "math.floor", "math.ceil", "math.exp", "math.log", "math.sqrt",
}
# Attributes and methods that give a tensor without its graph (`loss.item()`, `t.detach()`, `t.data`).
DETACHING = {"detach", "item", "tolist", "numpy", "detach_", "data"}
NO_GRAPH_METHODS = {"argmax", "argmin", "argsort", "long", "int", "bool", "byte", "short", "nonzero",
                    "eq", "ne", "gt", "lt", "ge", "le"}

# torch objects that are never modules and never carry a graph: a random generator, a device, an
# optimizer or scheduler, a data loader. Treating them as unknown objects made `g.manual_seed(0)` look
# like the forward of a module of unknown class.
NOT_MODULES = {"torch.Generator", "torch.device"}
# (and standard-library modules whose calls never hand back a user's module or a tensor: an
# `argparse.ArgumentParser` is no model whose `parse_args(argv)` could be a forward)
NOT_MODULE_PREFIXES = ("torch.optim.", "torch.utils.data.", "argparse.", "logging.", "time.", "datetime.", "math.",
                       "re.", "string.", "textwrap.", "hashlib.", "uuid.", "platform.", "socket.", "statistics.",
                       "warnings.", "glob.", "fnmatch.", "shutil.", "subprocess.", "csv.", "tempfile.")

# Library functions that pick from a container: a sample keeps some of the same objects (a federated
# round's `random.sample(clients, 3)`), a choice gives one element.
SAMPLING_FUNCTIONS = {"random.sample", "random.choices", "numpy.random.permutation", "itertools.islice", "copy.copy"}
CHOOSING_FUNCTIONS = {"random.choice", "numpy.random.choice"}
# Library method names that user classes define too (a module's own `step(batch)`, an agent's `update(batch)`,
# a speech model's `decode(feats)`, not only `bytes.decode`):
# called on a parameter of unknown class, the caller that knows the class has the function analysed again.
SHARED_METHOD_NAMES = {"step", "update", "decode"}

# Library classes whose instance keeps a deep copy of the module given first and runs it as its forward
# (torch.optim.swa_utils.AveragedModel): the copy keeps the module's class and its mode then.
COPYING_CONSTRUCTORS = {"torch.optim.swa_utils.AveragedModel"}

# Layers whose only parameter is `weight`: freezing `emb.weight` freezes the layer.
WEIGHT_ONLY_LAYERS = frozenset({"Embedding", "EmbeddingBag"})

# In-memory files a checkpoint is written to and read from (`torch.save(model, buf)`), and the
# methods giving their bytes, which name the same pickle (`io.BytesIO(buf.getvalue())`).
BYTE_BUFFERS = frozenset({"io.BytesIO", "_io.BytesIO"})
# Other picklers write and read the module with its modes as torch.save / torch.load do; `dumps` gives bytes
# that hold it (an in-memory file), `loads` reads them.
PICKLING = {f"{module}.{name}": torch_name for module in ("pickle", "cloudpickle", "dill", "joblib")
            for name, torch_name in (("dump", "torch.save"), ("load", "torch.load"), ("loads", "torch.load"))}
PICKLE_TO_BYTES = frozenset({"pickle.dumps", "cloudpickle.dumps", "dill.dumps"})
BUFFER_BYTES_METHODS = frozenset({"getvalue", "getbuffer"})

# Pools whose workers are threads of this process: the functions they run switch our very modules.
THREAD_POOLS = {"concurrent.futures.ThreadPoolExecutor", "concurrent.futures.thread.ThreadPoolExecutor",
                "multiprocessing.pool.ThreadPool", "multiprocessing.dummy.Pool"}

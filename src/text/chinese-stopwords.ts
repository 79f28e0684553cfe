/**
 * Chinese function words and chat fillers that carry no subject. Single characters here are dropped
 * when the segmenter leaves them alone; longer ones when the segmenter yields them as words.
 */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 了 吗 呢 啊 吧 呀 哦 嘛 么 哈 喔 哇 啦 嗯 诶 ' +
    '我 我们 你 你们 您 他 她 它 他们 咱 咱们 自己 ' +
    '请问 请 问 问下 问一下 想问 想问下 想了解 了解 一下 下 想 想要 打算 准备 要 需 是 在 有 和 与 及 或 或者 跟 ' +
    '怎么 怎样 如何 怎么样 什么 啥 哪些 哪个 那个 这个 这 那 个 些 都 就 还 也 能 能不能 可以 可不可以 会 ' +
    '到底 大概 大约 一般 通常 具体 呢 吧 麻烦 帮 帮我 告诉 知道 说 说说 讲讲 介绍 介绍下 的话 如果 ' +
    '对 对于 关于 给 被 把 让 从 向 为 上 中 里 得 地 着 过 又 再 很 最 多 才 还是 然后 现在 目前 ' +
    '贵 县 贵县 咨询 一个 有没有 是否 吗 么 呗 ' +
    // written Cantonese (a Hong Kong investor's 我哋係…嘅廠, 喺邊度): after conversion 係 is 系
    '哋 我哋 你哋 佢 佢哋 嘅 喺 系 咗 啲 咁 嘞 噉 啰 咧 嘢 咩 乜 乜嘢 开间 搞掂 冇 有冇 得唔得 使唔使 系唔系 而家 俾'
  ).split(' '),
);

# 简体中文界面文本。此处的每个键必须存在于其他每种语言中
# （由测试检查）。键按页面分组。

site-name = 信息社会世界峰会论坛咨询门户
skip-to-content = 跳至主要内容
nav-label = 主菜单
nav-menu = 菜单
nav-home = 首页
nav-login = 登录
nav-register = 注册
nav-account = 我的账户
nav-logout = 退出登录
language-label = 语言
footer-organizers = 信息社会世界峰会论坛由国际电联、教科文组织、贸发会议和开发署联合举办。
footer-process = 公开咨询进程：提议会议、分享观点、共同塑造论坛议程。
none = 无
title-error-prefix = 错误：

# 首页
home-title = 共同塑造信息社会世界峰会论坛议程
home-lead = 信息社会世界峰会论坛每年通过公开咨询进程制定议程。各国政府、私营部门、民间社会、学术界、技术界和国际组织均可提议会议。
home-cta-register = 创建账户
home-cta-login = 登录
home-welcome-back = 欢迎回来，{ $name }。
home-steps-label = 咨询流程
home-step-propose-title = 提议
home-step-propose-body = 您的组织提议一场会议：会议形式、发言小组，以及会议所服务的信息社会世界峰会行动方面和可持续发展目标。
home-step-review-title = 评审
home-step-review-body = 评审人和行动方面协调人依照公布的标准（包括发言小组的均衡性）评估每份提案。
home-step-agenda-title = 议程
home-step-agenda-body = 秘书处根据已接受的会议制定议程，并予以发布，供所有人查阅和再利用。

# 表单
form-has-errors = 出现问题
form-optional = （可选）
select-placeholder = 请选择…
password-show = 显示密码
password-hide = 隐藏密码
field-name = 全名
field-email = 电子邮件地址
field-email-hint = 我们将向此地址发送链接以确认。
field-password = 密码
field-password-hint = 至少 { $min } 个字符。由几个您记得住的词组成的密码更安全。
field-current-password = 当前密码
field-new-password = 新密码
field-organization = 组织
field-stakeholder-type = 利益攸关方类型
field-country = 国家
field-consent = 我同意门户存储本表单中的数据，用于开展咨询。
field-consent-short = 同意

# 校验消息（error-<code>）
error-required = 请填写此信息。
error-too-short = 请至少输入 { $limit } 个字符。
error-too-long = 请最多输入 { $limit } 个字符。
error-bad-characters = 请删除控制字符或不可见字符。
error-email-invalid = 请输入电子邮件地址，例如 name@example.org。
error-password-too-short = 请至少输入 { $limit } 个字符。
error-choose-from-list = 请从列表中选择一项。
error-consent-required = 请勾选同意，否则我们无法创建您的账户。
error-login-failed = 电子邮件地址或密码不正确。
error-token-invalid = 此链接已失效：它已被使用、已过期或复制不完整。
error-email-unverified = 请先确认您的电子邮件地址：我们已向您发送链接（也请检查垃圾邮件文件夹）。
error-password-wrong = 这不是您的当前密码。
error-rate-limited = 尝试次数过多。请在 { $minutes } 分钟后重试。
error-cannot-revoke-own-admin = 您不能移除自己的管理员角色。

# 注册
register-title = 创建账户
register-lead = 为您本人和您的组织注册一次，即可为信息社会世界峰会论坛提议会议。
register-about-you = 关于您
register-your-organization = 您的组织
consent-title = 您的数据
consent-text = 我们保存您的姓名、电子邮件地址和组织，用于开展咨询并就您的提案与您联系。评审人和信息社会世界峰会秘书处可以看到这些信息。您可随时下载或删除您的数据。
register-submit = 创建账户
register-have-account = 已经注册？
register-done-title = 请查看收件箱
register-done-body = 我们已向您发送一封带有链接的电子邮件。请打开链接确认您的地址，然后登录。
register-done-spam = 几分钟后仍未收到邮件？请查看垃圾邮件文件夹，或登录以获取新链接。

# 电子邮件验证
verify-title = 确认您的电子邮件地址
verify-lead = 请点击按钮，确认此地址属于您。
verify-submit = 确认我的地址
verify-invalid-title = 此链接无效
verify-invalid-help = 如果您的地址尚未确认，请登录，我们会向您发送新链接。

# 登录
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？
login-no-account = 还没有账户？

# 重置密码
forgot-title = 重置密码
forgot-lead = 请输入您账户的电子邮件地址。我们将向您发送设置新密码的链接。
forgot-submit = 发送链接
forgot-sent = 如果有账户使用此地址，我们已向其发送链接。链接有效期为一小时。
reset-title = 设置新密码
reset-submit = 保存新密码
reset-invalid-title = 此链接无效
reset-request-new = 申请新链接

# 账户
account-title = 我的账户
account-roles = 角色
account-change-password = 更改密码
account-change-password-note = 更改密码后，您在其他所有设备上都将退出登录。
account-change-password-submit = 更改密码

# 角色和利益攸关方类型
role-stakeholder = 利益攸关方
role-speaker = 发言人
role-reviewer = 评审人
role-facilitator = 行动方面协调人
role-organizer = 组织方
role-admin = 管理员
stakeholder-government = 政府
stakeholder-private-sector = 私营部门
stakeholder-civil-society = 民间社会
stakeholder-academia = 学术界
stakeholder-technical-community = 技术界
stakeholder-international-organization = 国际组织

# 一次性提示（flash-<code>）
flash-email-verified = 您的电子邮件地址已确认。现在可以登录了。
flash-signed-out = 您已退出登录。
flash-password-reset = 您的密码已更改。请使用新密码登录。
flash-password-changed = 您的密码已更改。其他设备已退出登录。

# 错误页面（errorpage-<kind>-title / -body）
errorpage-home = 前往首页
errorpage-not-found-title = 找不到页面
errorpage-not-found-body = 此地址没有页面。请检查地址，或从首页重新开始。
errorpage-forbidden-title = 无权访问
errorpage-forbidden-body = 您的账户无权访问此页面。
errorpage-unauthenticated-title = 需要登录
errorpage-unauthenticated-body = 请登录后查看此页面。
errorpage-rate-limited-title = 请求过多
errorpage-rate-limited-body = 请稍候再试。
errorpage-bad-request-title = 此请求有误
errorpage-bad-request-body = 页面无法处理所发送的内容。请返回后重试。
errorpage-internal-title = 我们这边出了问题
errorpage-internal-body = 错误已记录。请几分钟后重试。

# 电子邮件（email-<template>-subject / -body）
email-verify-email-subject = 确认您在信息社会世界峰会论坛的电子邮件地址
email-verify-email-body =
    { $name }，您好：

    请打开以下链接，确认您在信息社会世界峰会论坛咨询门户的电子邮件地址：

    { $link }

    链接有效期为 48 小时。如果您并未注册，请忽略此邮件。

    信息社会世界峰会论坛秘书处
email-account-exists-subject = 您已拥有信息社会世界峰会论坛账户
email-account-exists-body =
    { $name }，您好：

    有人尝试使用此电子邮件地址注册，但该地址已有账户。如果是您本人，请直接登录，或在此设置新密码：

    { $link }

    如果不是您本人，则无需采取任何行动。

    信息社会世界峰会论坛秘书处
email-reset-password-subject = 为信息社会世界峰会论坛设置新密码
email-reset-password-body =
    { $name }，您好：

    请打开以下链接设置新密码：

    { $link }

    链接有效期为一小时，且只能使用一次。如果您并未提出此请求，请忽略此邮件：您的密码保持不变。

    信息社会世界峰会论坛秘书处

# 提案
nav-proposals = 我的提案
cancel = 取消
not-provided = 尚未提供
hint-max-chars = 最多 { $max } 个字符。
hint-markdown = 可使用 Markdown：## 标题、- 列表、**粗体**、[链接](https://…)。
proposals-title = 我的提案
proposals-deadline = 会议提案征集截至 { $deadline }。
proposals-call-closed = 会议提案征集已于 { $deadline } 截止。
proposals-new = 提议会议
proposals-none = 您的组织尚无提案。
proposal-untitled = （无标题草稿）
proposal-status = 状态
proposal-updated = 最近更改
proposal-new-title = 提议会议
proposal-edit-title = 编辑提案 { $code }
proposal-edit-page-title = 编辑提案
proposal-edit-lead = 可随时保存草稿。请在 { $deadline } 之前提交填写完整的提案；在此之前均可编辑。
proposal-saved-at = 您的草稿最后保存于 { $when }。
proposal-sections = 本表格的各部分
proposal-format-continue = 继续
proposal-section-basics = 会议概况
proposal-section-content = 内容
proposal-section-practical = 实际需求
proposal-field-title = 标题
proposal-field-format = 会议形式
format-option = { $name }（{ $minutes } 分钟，{ $min }–{ $max } 名小组成员）
format-option-closed = 截止日期已过，需要访问码
proposal-field-mode = 参与方式
proposal-field-text-language = 文本语言
proposal-text-language-other = 其他语言
proposal-field-text-language-code = 其他语言的 ISO 代码
proposal-written-in = 以{ $language }撰写
proposal-field-languages = 会议语言
proposal-field-abstract = 摘要
proposal-field-description = 说明
proposal-field-objectives = 目标
proposal-field-outcomes = 预期成果
proposal-field-action-lines = 信息社会世界峰会行动方面
proposal-field-sdgs = 可持续发展目标
proposal-themes-hint = 勾选会议所服务的每一项，并用一两句话说明如何服务。
theme-rationale = 会议如何服务于{ $theme }
theme-moderated-by = 由{ $org }协调
theme-children = { $code } 的子主题（{ $count }）
sdg = 可持续发展目标
proposal-field-panel = 发言小组
panel-hint = 主持人和发言人。每人都会收到一封确认邮件。均衡的发言小组（性别、区域、利益攸关方类型）是遴选标准之一。
panel-member = 小组成员 { $n }
panel-role = 角色
panel-role-moderator = 主持人
panel-role-speaker = 发言人
panel-job-title = 职务
panel-gender = 性别
panel-remote = 远程参加
panel-remote-short = 远程
panel-add = 添加小组成员
panel-remove = 移除小组成员 { $n }
proposal-field-preferred-days = 首选日期（可选）
proposal-field-requirements = 特殊需求（可选）
proposal-save-draft = 保存草稿
proposal-submit = 提交提案
proposal-edit = 编辑
proposal-withdraw = 撤回
proposal-timeline = 状态历史
proposal-deadline-line = 可编辑至 { $deadline }。
withdraw-title = 撤回此提案？
withdraw-lead = { $code }“{ $title }”将不再予以考虑。此操作无法撤销。
withdraw-confirm = 撤回提案
balance-title = 发言小组均衡性
balance-count = 小组成员：{ $n }
balance-gender = 性别
balance-region = 国际电联区域
balance-stakeholder = 利益攸关方类型
balance-note-single-gender = 所有小组成员均为同一性别。请考虑使发言小组更加均衡。
balance-note-single-region = 所有小组成员均来自同一区域。来自其他区域的声音能增强提案。
balance-note-single-stakeholder = 所有小组成员均属同一利益攸关方类型。信息社会世界峰会进程重视多利益攸关方发言小组。
mode-in-person = 现场
mode-hybrid = 混合（现场和线上）
mode-remote = 仅线上
gender-woman = 女性
gender-man = 男性
gender-non-binary = 非二元或其他身份
gender-undisclosed = 不愿透露
region-A = A – 美洲
region-B = B – 西欧
region-C = C – 东欧和北亚
region-D = D – 非洲
region-E = E – 亚洲和澳大拉西亚
status-draft = 草稿
status-submitted = 已提交
status-under-review = 评审中
status-accepted = 已接受
status-waitlisted = 候补
status-rejected = 未入选
status-merged = 已合并
status-confirmed = 已确认
status-scheduled = 已排期
status-withdrawn = 已撤回
flash-proposal-saved = 草稿已保存。
flash-proposal-submitted = 您的提案已提交。回执已发送至您的收件箱。
flash-proposal-locked = 此提案已无法编辑。
flash-proposal-withdrawn = 提案已撤回。
error-choose-at-least-one = 请至少选择一项。
error-panel-too-small = 此形式至少需要 { $limit } 名小组成员。
error-panel-too-large = 此形式最多允许 { $limit } 名小组成员。
error-one-moderator = 请指定且仅指定一名主持人。
error-duplicate-speaker = 此人已在发言小组中。
error-no-organization = 您的账户尚未关联组织，因此无法提议会议。
error-call-closed = 提案征集已截止。
error-busy-try-again = 目前提交的提案很多。请再次点击按钮。
error-not-editable = 此提案已无法更改。
error-deadline-passed = 此形式的截止日期已过，不再接受更改。
error-format-deadline-passed = 此形式的截止日期已过。如果信息社会世界峰会秘书处向您提供了访问码，请在“访问码”中输入；否则请选择其他形式。
error-format-deadline-passed-at = { $format } 的截止日期已于 { $deadline } 过期。如果信息社会世界峰会秘书处向您提供了访问码，请在“访问码”中输入；否则请选择其他形式。
error-format-deadline-passed-switch = 此形式的截止日期已过；请保留当前形式，或选择其他仍开放的形式。
error-stale-version = 在您编辑期间，其他人保存了此提案。您的更改仍保留在下方：请与已保存的版本（在新标签页中打开）核对后再次保存。
error-not-withdrawable = 已作出决定的提案无法在此撤回；请联系秘书处。
format-thematic-workshop = 专题研讨会
format-country-workshop = 国别研讨会
format-interactive-session = 互动会议
format-high-level-policy-session = 高级别政策会议
format-facilitation-meeting = 行动方面协调会议
format-knowledge-cafe = 知识咖啡馆
format-open-space-talk = 开放空间演讲
format-hackathon = 黑客松
format-exhibition = 展览空间
al-C1 = 公共管理机构和所有利益攸关方在推动信息通信技术促进发展方面的作用
al-C2 = 信息和通信基础设施
al-C3 = 获取信息和知识
al-C3-LIB = 图书馆和档案馆
al-C4 = 能力建设
al-C5 = 建立使用信息通信技术的信心和安全
al-C6 = 有利环境
al-C7 = 信息通信技术应用：惠及生活的方方面面
al-C7-EGOV = 电子政务
al-C7-EBUS = 电子商务
al-C7-ELEARN = 电子学习
al-C7-EHEALTH = 电子卫生
al-C7-EEMPL = 电子就业
al-C7-EENV = 电子环境
al-C7-EAGRI = 电子农业
al-C7-ESCI = 电子科学
al-C8 = 文化多样性和特性、语言多样性和本地内容
al-C8-HER = 遗产
al-C9 = 媒体
al-C10 = 信息社会的伦理层面
al-C11 = 国际和区域合作
sdg-1 = 无贫穷
sdg-2 = 零饥饿
sdg-3 = 良好健康与福祉
sdg-4 = 优质教育
sdg-5 = 性别平等
sdg-6 = 清洁饮水和卫生设施
sdg-7 = 经济适用的清洁能源
sdg-8 = 体面工作和经济增长
sdg-9 = 产业、创新和基础设施
sdg-10 = 减少不平等
sdg-11 = 可持续城市和社区
sdg-12 = 负责任消费和生产
sdg-13 = 气候行动
sdg-14 = 水下生物
sdg-15 = 陆地生物
sdg-16 = 和平、正义与强大机构
sdg-17 = 促进目标实现的伙伴关系
email-proposal-received-subject = 已收到提案 { $code }
email-proposal-received-body =
    { $name }，您好：

    谢谢！我们已收到您的会议提案 { $code }“{ $title }”。

    截止日期前，您可以在此查看和编辑：

    { $link }

    信息社会世界峰会论坛秘书处
tz-geneva = 日内瓦时间（UTC{ $offset }）
tz-utc = UTC
balance-empty = 添加小组成员后，此处将显示性别、区域和利益攸关方类型的构成。
settings-title = 征集设置
settings-lead = 届次 { $code }：日期、提案征集和会议形式。时间均为日内瓦时间。
settings-edition = 届次和征集
settings-save-edition = 保存届次
settings-formats = 会议形式
settings-formats-lead = 每种形式有各自的时长、发言小组规模，以及（如早于征集截止）各自的截止时间。
edition-title = 标题
edition-venue = 地点
edition-starts-on = 论坛第一天
edition-ends-on = 论坛最后一天
edition-call-opens = 征集开始
edition-call-closes = 征集截止
hint-geneva-time = 日内瓦时间（已自动处理冬令时和夏令时的切换）。
format-minutes = 时长（分钟）
format-min-panel = 最少小组成员数
format-max-panel = 最多小组成员数
format-deadline = 单独截止时间（可选）
format-deadline-hint = 留空则使用征集截止时间。日内瓦时间。
format-is-open = 开放提案
format-save = 保存{ $name }
flash-settings-saved = 设置已保存。
error-date-invalid = 请输入日期，例如 2027-05-10。
error-datetime-invalid = 请输入日期和时间，例如 2027-02-15T23:59。
error-ends-before-start = 此项必须晚于开始时间。
error-number-invalid = 请输入整数。
error-number-too-small = 请输入不小于 { $limit } 的数。
error-number-too-large = 请输入不大于 { $limit } 的数。
error-max-below-min = 最多人数不得少于最少人数。
speaker-page-title = 您在信息社会世界峰会论坛会议中的角色
speaker-confirm-title = { $name }，您好
speaker-confirm-lead = { $organization }提议您作为{ $role }参加信息社会世界峰会论坛会议“{ $title }”（{ $code }）。您是否参加？
speaker-confirm-yes = 是，我将参加
speaker-confirm-no = 否，我谢绝
speaker-current-answer = 您目前的答复：{ $answer }。您可以更改。
speaker-answer-invited = 待确认
speaker-answer-confirmed = 已确认
speaker-answer-declined = 已谢绝
speaker-invalid-title = 此邀请链接无效
flash-speaker-confirmed = 谢谢！您的参与已确认，并已通知组织方。
flash-speaker-declined = 您的答复已记录：您谢绝参加。已通知组织方。
email-speaker-invitation-subject = 您是否参加信息社会世界峰会论坛会议“{ $title }”？
email-speaker-invitation-body =
    { $name }，您好：

    { $organization }提议您作为{ $role }参加信息社会世界峰会论坛会议“{ $title }”（{ $code }）。

    请在此确认或谢绝（无需账户）：

    { $link }

    信息社会世界峰会论坛秘书处
countdown = 距截止还有 { $days } 天 { $hours } 小时 { $minutes } 分钟。
access-codes-title = 访问码
access-codes-lead = 凭访问码，受邀或逾期的提议方可在截止日期后创建并提交提案，直至访问码过期。
access-code = 访问码
access-code-for = 发放对象
access-code-for-hint = 接收者，例如“教科文组织秘书处”或“逾期提案，非洲区域”。
access-code-formats = 形式
access-code-formats-hint = 不勾选则允许所有形式。
access-code-all-formats = 所有形式
access-code-uses = 已使用
access-code-max-uses = 可创建的提案数
access-code-expires = 有效期至
access-code-new = 发放新访问码
access-code-create = 创建访问码
access-code-label = 访问码
access-code-hint = 征集已截止。如果秘书处向您提供了访问码，请输入访问码以提议会议。
access-code-hint-open = 征集正在进行。秘书处的访问码也可开放自身截止日期已过的形式。
access-code-have = 有访问码吗？
access-code-form-hint = 仅在形式的截止日期已过或征集截止后需要。信息社会世界峰会秘书处向受邀者和逾期提议者提供访问码。
access-code-use = 使用访问码
flash-access-code-created = 访问码已创建，位于列表顶部。
error-access-code-invalid = 此访问码无效或已过期。
error-access-code-used-up = 此访问码已达到允许的使用次数。
error-access-code-format = 您的访问码不适用于此形式。
error-must-be-future = 请选择将来的时间。
coorganizers-title = 联合组织方
coorganizers-none = 尚无联合组织方。
coorganizer-invite = 邀请联合组织方
coorganizer-invite-hint = 我们会通过电子邮件向联系人发送链接。对方（使用自己的账户）接受后，即可与您共同编辑此提案。
coorganizer-email = 联系人的电子邮件
coorganizer-invite-submit = 发送邀请
coorganizer-remove = 移除{ $organization }
coorganizer-status-invited = 已邀请
coorganizer-status-accepted = 已接受
coorganizer-status-declined = 已谢绝
coorganize-page-title = 联合组织邀请
coorganize-lead = { $lead }邀请{ $organization }联合组织信息社会世界峰会论坛会议“{ $title }”（{ $code }）。接受后，您即可查看和编辑该提案。
coorganize-accept = 接受并联合组织
coorganize-decline = 谢绝
coorganize-invalid-title = 此邀请链接无效
flash-coorganizer-invited = 邀请已发送。
flash-coorganizer-removed = 联合组织方已移除。
flash-coorganizer-declined = 您已谢绝邀请。
error-coorganizer-already-invited = 此地址已被邀请参与此提案。
email-coorganizer-invitation-subject = 邀请联合组织信息社会世界峰会论坛会议“{ $title }”
email-coorganizer-invitation-body =
    您好：

    { $lead }邀请{ $organization }联合组织信息社会世界峰会论坛会议“{ $title }”（{ $code }）。

    请在此接受或谢绝（请先登录或创建账户）：

    { $link }

    信息社会世界峰会论坛秘书处
nav-organization = 组织
org-lead = 国际电联区域：{ $region }。每位成员都可编辑此简介和本组织的提案。
org-profile = 简介
org-website = 网站
org-website-hint = 可选。请填写以 https:// 开头的完整地址。
org-save = 保存简介
org-members = 成员
org-requests = 加入申请
org-no-requests = 没有待处理的加入申请。
org-approve = 批准 { $name }
org-decline = 拒绝 { $name }
org-join-other = 加入其他组织
org-join-title = 加入组织
org-join-lead = 找到您组织的简介并申请加入，由一名成员批准。在此之前，您仍属于当前组织。
org-search = 组织名称
org-search-submit = 搜索
org-results = 结果
org-ask-to-join = 申请加入{ $name }
flash-organization-saved = 组织简介已保存。
flash-join-requested = 您的申请已发送给该组织的成员。
flash-join-answered = 您的答复已记录。
error-url-invalid = 请输入以 https:// 开头的完整网址。
error-already-member = 您已是该组织的成员。
error-join-already-requested = 您已申请加入，将有成员答复。
email-join-request-subject = { $requester }申请加入{ $organization }
email-join-request-body =
    { $name }，您好：

    { $requester }（{ $email }）申请在信息社会世界峰会论坛咨询门户上加入{ $organization }。成员可以查看和编辑本组织的提案。

    请在此批准或拒绝：

    { $link }

    信息社会世界峰会论坛秘书处
email-draft-reminder-subject = 您的草稿 { $code } 尚未提交
email-draft-reminder-body =
    { $name }，您好：

    您的会议提案 { $code }“{ $title }”仍为草稿。距截止时间约还有 { $hours } 小时；截止后将无法再提交该草稿。

    请在此完成并提交：

    { $link }

    信息社会世界峰会论坛秘书处
questions-title = 此形式的问题
questions-choose-format = 选择会议形式以查看其问题。
questions-for-format = { $format } 的问题
questions-none = 此形式没有附加问题。
answer-yes = 是
answer-no = 否
question-new = 添加问题
question-label = 问题
question-kind = 答案类型
question-kind-text = 文本
question-kind-choice = 单选
question-kind-number = 整数
question-kind-url = 网址
question-kind-yes-no = 是或否
question-choices = 选项（每行一个）
question-required = 提交时必须回答
question-add = 添加问题
question-remove = 移除“{ $label }”
question-list-empty = 没有附加问题。
flash-question-saved = 问题已保存。
flash-question-removed = 问题已移除。
error-two-choices = 请至少提供两个选项，每行一个。
rationale-label = 会议如何服务于此项

## 评审、遴选和审核
nav-review = 评审
nav-organize = 组织
nav-moderation = 审核
choose = 请选择…
error-choose-proposals = 请在列表中至少勾选一份提案。
error-criterion-scored = 已有评审使用此标准，因此无法更改其分值范围，也无法将其移除。
error-language-code-invalid = 请输入两到三个字母的语言代码，例如 sw 或 pt。
error-scale-texts-required = 请至少用一种语言说明最低分和最高分的含义。
error-moderation-no-change = 该评审已处于此状态，未作任何更改。
error-no-such-account = 没有账户使用此电子邮件地址。请先请此人注册。
error-not-a-reviewer = 此处只能选择评审人和协调人。
error-not-confirmable = 只有已接受的会议才能确认。
error-not-decidable = 只能对已提交的提案作出决定；草稿、已撤回和已合并的提案不可。
error-not-in-review = 只有已提交的提案才能分配给评审人。
error-phase-overlaps = 此阶段与另一阶段重叠；各阶段不得重叠。
error-review-decided = 该提案已作出决定，评审已关闭。
error-review-hidden = 管理员已隐藏您的评审，无法再更改。
error-review-locked = 管理员已锁定您的评审，无法再更改。
error-review-phase-closed = 目前没有开放的评审阶段，因此无法撰写或更改评审。
error-reviewer-conflicted = 此评审人与该提案存在利益冲突。
error-same-reviewer = 请选择与撰写该评审者不同的评审人。
error-score-out-of-scale = 请选择 1 至 { $limit } 的分数。
error-unknown-code = 请使用列表中的代码（例如 C3、C7-EHEALTH 或 thematic-workshop），以逗号分隔。
error-unknown-placeholder = 只能使用占位符 {"{"}name{"}"}、{"{"}code{"}"}、{"{"}title{"}"}、{"{"}link{"}"} 和 {"{"}edition{"}"}，并分别置于花括号中。
flash-queue-done = 您已完成队列中的全部评审。谢谢！
flash-review-saved = 您的评审已保存。
flash-comment-posted = 您的消息已添加到讨论中。
flash-conflict-declared = 您的利益冲突已记录；该提案已移出您的队列。
flash-review-flagged = 该评审已被标记，提交管理员处理。
flash-flag-needs-reason = 标记评审时，请简要说明原因。
flash-reviewer-assigned = 评审人已分配。
flash-reviewer-unassigned = 该评审人已从此提案中移除。
flash-decision-recorded = 决定已记录。在您发布决定之前，它将保持待定状态。
flash-decisions-recorded = 各项决定已记录。在您发布之前，它们将保持待定状态。
flash-decisions-released = 各项决定已发布；电子邮件已进入发件箱。
flash-template-saved = 电子邮件模板已保存。
flash-review-settings-saved = 评审设置已保存。
flash-criterion-saved = 标准已保存。
flash-criterion-removed = 标准已移除。
flash-phase-saved = 评审阶段已添加。
flash-phase-removed = 评审阶段已移除。
flash-team-saved = 团队已添加。
flash-team-removed = 团队已移除。
flash-reviewer-added = 角色已授予。
flash-auto-assign-done = 每份已提交的提案现在都已分配评审人。
flash-auto-assign-short = 评审人已分配，但部分提案的评审人数少于要求：请添加评审人或扩大团队范围，然后重新分配。
flash-review-moderated = 审核操作已记录。
flash-session-confirmed = 谢谢！您的会议已确认。
criterion-relevance = 与行动方面和可持续发展目标的相关性
criterion-multistakeholder = 多利益攸关方发言小组
criterion-balance = 区域和性别均衡
criterion-interactivity = 互动性和混合形式设计
criterion-quality = 清晰度和质量
criterion-novelty = 新颖性
criterion-relevance-low = 与行动方针和可持续发展目标无关
criterion-relevance-high = 紧扣所列行动方针和可持续发展目标
criterion-multistakeholder-low = 仅有一个利益相关方群体
criterion-multistakeholder-high = 多个利益相关方群体，各自发挥实际作用
criterion-balance-low = 单一地区、单一性别
criterion-balance-high = 地区和性别均衡
criterion-interactivity-low = 只有发言，观众无法参与
criterion-interactivity-high = 以讨论为核心，现场和线上均可参与
criterion-quality-low = 目标和议程不清楚
criterion-quality-high = 目标、议程和预期成果清楚
criterion-novelty-low = 重复以往论坛的内容
criterion-novelty-high = 新的问题、方法或声音
criterion-weight = 权重 { $weight }；评分范围 1 至 { $max }。
rec-accept = 接受
rec-weak-accept = 如有空位则接受
rec-weak-reject = 倾向不接受
rec-reject = 拒绝
confidence-1 = 低：超出我的专业领域
confidence-2 = 中
confidence-3 = 高：我非常熟悉这一领域
outcome-accept = 接受
outcome-waitlist = 候补名单
outcome-reject = 未入选
queue-title = 评审
queue-progress = 您已评审 { $done } 份提案，共 { $total } 份。
queue-start-next = 评审下一份提案
queue-nothing-next = 没有等待您评审的提案。
queue-to-review = 待评审
queue-reviewed = 已评审
queue-assigned = 分配给您
queue-in-line = 属于您的行动方面
queue-why = 原因
queue-your-review = 您的评审
agg-count = 评审数
agg-mean = 加权平均分
agg-median = 中位数
agg-spread = 标准差
agg-disagreement = 评审人意见分歧
agg-reviews-assigned = 评审数 / 分配数
blind-hidden = 已隐藏（匿名评审）
results-hidden = 本阶段不显示
blind-panelist = 小组成员（姓名已隐藏）
blind-notice = 匿名评审：提议方和小组成员的姓名对您隐藏。请根据提案内容进行评判。
review-lead-organization = 牵头组织
review-lead-type = 其利益攸关方类型
review-lead-country = 其所在国家
review-yours = 您的评审
review-note = 备注（可选）
review-confidence = 您的把握程度
review-confidence-line = 把握程度：{ $level }
review-recommendation = 您的建议
review-comment = 给组织方的意见
review-comment-hint = 不会向提议方显示。请说明怎样能使会议更好，或为何不应入选。
review-save = 保存
review-save-next = 保存并评审下一份
review-skip-next = 跳到下一份提案
review-scores = 评分
review-others = 其他评审
review-state-hidden = 已被管理员隐藏
review-state-locked = 已锁定
review-state-flagged = 已标记
review-flag = 标记以供审核
review-flag-reason = 为什么需要管理员查看此评审？
review-moderate-link = 审核评审
review-moderation-history = 管理员对您的评审所作的处理
review-staff-title = 组织方工具
assign-title = 已分配的评审人
assign-reviewer = 添加评审人（括号内为已分配的评审数）
assign-add = 分配
assign-remove = 移除 { $name }
conflicts-title = 利益冲突
decision-title = 决定
decision-current = 决定：{ $outcome }（{ $status }）
decision-pending = 待定，尚未发布
decision-released = 已发布
decision-none = 尚未决定
decision-outcome = 结果
decision-note = 内部备注
decision-note-hint = 仅供组织方查看，不会发送给提议方。
decision-save = 记录决定
discussion-title = 评审人讨论
discussion-hint = 只有此提案的评审人和组织方可以阅读；提议方永远看不到。
discussion-new = 您的消息
discussion-post = 发布
conflict-declare-title = 利益冲突
conflict-declare-hint = 如果您与提议方有合作、是发言小组成员，或因其他原因无法公正评判该提案，请予以申报：该提案将移出您的队列，您的评审（如有）将不再计入。
conflict-reason = 原因
conflict-declare = 申报利益冲突
selection-title = 提案与遴选
selection-count = 共 { $total } 份提案符合条件。第 { $page } 页，共 { $pages } 页。
selection-none = 没有符合这些筛选条件的提案。
select-proposal = 选择 { $code }
select-proposals = 待决定的提案
bulk-title = 对所选提案作出决定
bulk-decide = 为所选提案记录决定
filter-title = 筛选和排序
filter-search = 搜索代码、标题或组织
filter-any = 任意
filter-line = 行动方面
filter-sdg = 可持续发展目标
filter-region = 牵头组织所在区域
filter-stakeholder = 牵头组织的利益攸关方类型
filter-disagreement = 仅显示评审人意见分歧的提案
filter-apply = 应用
filter-clear = 清除筛选条件
sort-by = 排序依据
sort-direction = 顺序
sort-asc = 升序
sort-desc = 降序
sort-code = 代码
sort-title = 标题
sort-mean = 加权平均分
sort-median = 中位数
sort-spread = 标准差
sort-reviews = 评审数
sort-decision = 决定
pager-label = 页面
pager-prev = 上一页
pager-next = 下一页
decisions-title = 决定和电子邮件
release-title = 发布决定
release-nothing = 没有待发布的决定。
release-pending = 有 { $count } 项决定待发布：
release-hint = 发布后，每份提案的状态将随之更改，并以组织方的语言向其发送决定邮件。此操作无法撤销，但可以更改决定后再次发布。
release-button = 发布决定并发送电子邮件
release-review-pending = 在列表中查看待定决定
templates-title = 决定邮件
templates-hint = 每种结果在每种语言中都有对应的邮件。在您更改之前，使用内置文本。
templates-language = 模板语言
template-subject = 主题
template-body = 正文
template-placeholders = 占位符：{"{"}name{"}"}（收件人）、{"{"}code{"}"}、{"{"}title{"}"}、{"{"}link{"}"}（提案页面）和 {"{"}edition{"}"}。
template-preview = 预览
template-save = 保存模板
template-custom = 已由组织方修改
review-setup-title = 评审设置
review-settings-title = 评审设置
review-per-proposal = 每份提案的评审人数
review-threshold = 分歧阈值
review-threshold-hint = 评分（0–100）的标准差超过此值时，即视为评审人意见分歧。
review-blind = 匿名评审
review-blind-hint = 启用后，评审人和协调人在任何页面或导出文件中都看不到提议方、组织或小组成员的名称。
review-settings-save = 保存评审设置
auto-assign-title = 自动分配
auto-assign-hint = 为每份已提交的提案分配 { $n } 名评审人，平均分配工作量，遵守团队范围，且绝不分配存在利益冲突的人员。现有分配保持不变。
auto-assign-button = 自动分配评审人
criteria-title = 标准
criteria-hint = 每次评审都要对每项标准评分；加权平均分将每项评分换算为 0–100 并加权。当前总权重：{ $total }。
criterion-name = 名称
criterion-name-default = 留空则保留标准名称，并为每位读者翻译。
criterion-description = 给评审人的指引
criterion-weight-label = 权重
criterion-scale = 最高分
criterion-save = 保存“{ $name }”
criterion-remove = 移除“{ $name }”
criterion-new = 新标准
criterion-add = 添加标准
criterion-scale-texts = 分值含义
criterion-scale-low = { $min } 分的含义（{ $language }）
criterion-scale-high = { $max } 分的含义（{ $language }）
criterion-scale-hint-default = 某种语言留空时，该语言显示标准文本。
criterion-scale-hint-custom = 两端各至少填写一种语言。其他语言的读者看到最先填写的文本。
phases-title = 评审阶段
phases-none = 未设置阶段：评审开放，评审人看不到彼此的评审。
phase-new = 新阶段
phase-name = 名称
phase-starts = 开始
phase-ends = 结束
phase-may-review = 评审人可撰写和更改评审
phase-see-others = 评审人撰写自己的评审后可查看其他评审
phase-proposers-edit = 提议方仍可编辑已提交的提案
phase-no-rights = 任何人都不得更改任何内容
phase-add = 添加阶段
phase-remove = 移除{ $name }
reviewers-title = 评审人和协调人
reviewer-name = 姓名
reviewer-roles = 角色
reviewer-assigned = 已分配
reviewer-reviewed = 已评审
reviewer-add-title = 授予评审人或协调人角色
reviewer-email-hint = 此人账户的电子邮件。
reviewer-line = 负责协调的行动方面
reviewer-line-hint = 留空则将此人设为评审人；输入代码（如 C3 或 C3-LIB）则将其设为该行动方面的协调人。
reviewer-add = 授予角色
facilitator-of = { $lines } 的协调人
teams-title = 团队
teams-hint = 属于团队的评审人只会被分配到团队所涵盖的行动方面和形式内的提案；不属于任何团队的评审人可被分配任何提案。
team-new = 新团队
team-name = 名称
team-lines = 行动方面
team-lines-hint = 以逗号分隔的代码，例如 C7, C3-LIB。留空：任意行动方面。
team-formats = 形式
team-formats-hint = 以逗号分隔的代码，例如 thematic-workshop。留空：任意形式。
team-members = 成员
team-members-hint = 评审人或协调人的电子邮件地址，以逗号分隔或每行一个。
team-add = 添加团队
team-any = 任意提案
team-remove = 移除{ $name }
moderation-title = 评审审核
moderation-lead = 已标记的评审排在最前。每项操作都须说明原因，并记入审计日志，同时向评审作者显示。
moderation-show-all = 显示所有评审
moderation-show-flagged = 仅显示已标记的评审
moderation-none = 没有需要审核的评审。
moderation-by = 作者：{ $name }
moderation-act = 处理此评审
moderation-action = 操作
moderation-reason = 原因
moderation-reason-hint = 必填。评审作者将会看到。
moderation-edit-fields = 新文本、建议或评审人（用于“编辑”和“重新分配”）
moderation-new-reviewer = 新评审人
moderation-apply = 应用
moderation-before-after = 更改前后
moderation-flag = 标记
moderation-unflag = 取消标记
moderation-hide = 隐藏
moderation-restore = 恢复
moderation-edit = 编辑
moderation-reassign = 重新分配给其他评审人
moderation-lock = 锁定
moderation-unlock = 解锁
organize-title = 日程均衡
organize-tools = 组织方工具
organize-submitted = 份已提交提案
organize-reviewed = 份至少评审过一次
organize-accepted = 份已接受
organize-pending = 项决定待发布
balance-lead = 每张图表将全部提交的提案与已接受的提案（无论是否已发布）进行比较。每张图表下方的表格列出具体数字。
balance-dim-stakeholder = 牵头组织的利益攸关方类型
balance-dim-region = 牵头组织所在的国际电联区域
balance-dim-gender = 小组成员性别
balance-dim-line = 行动方面
balance-dim-sdg = 可持续发展目标
balance-dim-format = 会议形式
balance-dim-country = 牵头组织所在国家
balance-chart-summary = { $dimension }条形图（{ $count } 个类别；仅绘制最大的几个）。
balance-legend-all = 全部提交
balance-legend-accepted = 已接受
balance-category = 类别
balance-submitted = 已提交
balance-accepted = 已接受
balance-share = 占比
line-reports-title = 行动方面报告
line-reports-lead = 按行动方面列出其提交的提案、已发布的决定和均衡情况，以便向负责协调的联合国机构报告。
line-report-count = 此行动方面及其子主题共有 { $count } 份提交。
line-report-csv = 下载 CSV
confirm-title = 确认您的会议
confirm-text = 您的提案已被接受。请确认您将按提议举办此会议。
confirm-button = 确认会议
email-decision-accept-subject = { $edition }：您的会议 { $code } 已被接受
email-decision-accept-body =
    { $name }，您好：

    我们很高兴地通知您，您的会议提案 { $code }“{ $title }”已被{ $edition }接受。

    请在此确认您将举办此会议：

    { $link }

    议程发布后，我们将再次与您联系。
email-decision-waitlist-subject = { $edition }：您的提案 { $code } 已列入候补名单
email-decision-waitlist-body =
    { $name }，您好：

    感谢您为{ $edition }提议“{ $title }”（{ $code }）。我们收到了许多优秀的提案；您的提案已列入候补名单，如有空位，我们将与您联系。

    您可以在此跟踪其状态：

    { $link }
email-decision-reject-subject = { $edition }：您的提案 { $code }
email-decision-reject-body =
    { $name }，您好：

    感谢您为{ $edition }提议“{ $title }”（{ $code }）。很遗憾，今年我们未能选中您的提案；我们收到的提案远远超出了日程所能容纳的数量。

    希望在论坛上见到您。您可以在此查看您的提案：

    { $link }
outcome-merge = 已合并到其他会议
error-merge-two-or-more = 请勾选两份或更多提案进行合并。
error-not-mergeable = 只有已提交或已作出决定的提案才能合并；已撤回、已合并、已确认和已排期的提案不可。
flash-proposals-merged = 这些提案已合并到此会议。在您发布决定之前，此会议的接受及合并均为待定状态。
bulk-merge = 将所选提案合并为一场会议
bulk-merge-hint = 或将其合并：在下一页中选择保留哪一份作为会议，并确定会议标题。
merge-title = 将提案合并为一场会议
merge-lead = 会议保留所选提案的代码和内容，并纳入其他提案的小组成员、行动方面、可持续发展目标和组织（作为联合组织方）。每份被合并的提案保留各自的记录，并指向该会议。合并后您仍可编辑会议。在您发布决定之前，不会对外公布任何内容。
merge-primary = 成为会议的提案
merge-primary-hint = 保留其代码、说明和主持人。
merge-title-label = 会议标题
merge-title-hint = 通常是涵盖所有被合并提案的新标题。
merge-button = 合并为一场会议
merge-cancel = 取消
merged-from = 此会议由以下提案合并而成
merged-into = 此提案已合并到会议
email-decision-merge-subject = { $edition }：您的提案 { $code } 已并入联合会议
email-decision-merge-body =
    { $name }，您好：

    感谢您为{ $edition }提议“{ $title }”（{ $code }）。同一主题的多份提案都很出色，因此日程委员会已将您的提案与其他提案合并为一场会议。您的组织是该会议的联合组织方，您的小组成员也将参加该会议。

    您可以在此查看是哪一场会议并进行跟踪：

    { $link }
coorganizers-none-short = 无
error-review-unassigned = 您已不再被分配此提案；您的评审仍保留在记录中，但无法再更改。
moderation-page = 第 { $page } 页，共 { $pages } 页。
moderation-audit-link = 在审计日志中查看审核操作。
audit-title = 审计日志
audit-lead = 门户中的每项更改：何人、何事、何时、来自哪个地址，以及更改前后的状态。最新的排在最前。
audit-action = 操作
audit-action-hint = 操作名称的开头，例如 review. 或 decision.
audit-target = 对象
audit-target-hint = 提案代码，或用户或评审的编号。
audit-when = 时间
audit-who = 人员
audit-change = 更改前后
audit-address = 地址
audit-before-after = 显示
audit-system = 门户
audit-none = 没有匹配的条目。

## 议程：通用
nav-agenda = 议程
day-long = { $year }年{ $month }{ $day }日 { $weekday }
date-long = { $year }年{ $month }{ $day }日
datetime-long = { $date } { $time } { $zone }
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 议程编排（组织方）
agenda-builder-title = 议程编排
agenda-step = 网格间隔
agenda-step-venue = 场地间隔（{ $minutes } 分钟）
agenda-step-minutes = { $minutes } 分钟
agenda-rooms-shown = 显示的会议室：{ $shown }/{ $total }
agenda-tools = 议程工具
agenda-venue-title = 场地和时间网格
agenda-sessions-title = 会议和听众
agenda-schedule-title = 自动排期
agenda-release-title = 发布议程
agenda-back-to-builder = 返回议程编排
agenda-days = 日期
agenda-how = 在列表或网格中选择一场会议，然后点击网格单元格中的“+”，或在下方选择会议室和开始时间后点击“安排”。会议保持其形式规定的时长。
agenda-drag-hint = 您也可以将会议拖到网格单元格中。
agenda-filter-q = 搜索会议
agenda-filter-format = 形式
agenda-filter-line = 行动方面
agenda-unscheduled = 尚未排期
agenda-unscheduled-count = 尚未排期的 { $total } 场会议中显示 { $shown } 场。
agenda-unscheduled-none = 此处没有等待排期的会议。
agenda-card-meta = { $format }，{ $minutes } 分钟
agenda-has-conflict = 冲突
agenda-room-facts = { $building }，{ $capacity } 个座位
agenda-hybrid = 混合
agenda-place-here = 将所选会议安排在 { $room }，时间 { $time }
agenda-place-legend = 将所选会议安排在这一天
agenda-room = 会议室
agenda-start = 开始
agenda-time = 时间
agenda-place = 安排
agenda-unschedule = 从网格中移出
agenda-conflicts = 冲突
agenda-conflict-error = 冲突
agenda-conflict-warning = 警告
agenda-conflict-summary = 整个议程共有 { $errors } 处冲突和 { $warnings } 条警告。
agenda-not-placed = 未排期
agenda-remote-panel = 远程发言人
agenda-sessions-hint = 预期听众人数将与会议所在会议室的座位数进行比较。
agenda-audience-for = { $code } 的预期听众人数
agenda-audience-save = 保存
agenda-col-code = 代码
agenda-col-title = 标题
agenda-col-format = 形式和时长
agenda-col-place = 地点
agenda-col-audience = 预期听众人数
conflict-room-overlap = { $room } 同时容纳的会议超出其容量：{ $sessions }。
conflict-overrun = { $session } 无法容纳于 { $room } 的时段：超出当天结束时间，或与休息或全体会议重叠。
conflict-person-overlap = { $person } 同时参加两场会议：{ $sessions }。
conflict-travel = { $person } 在 { $sessions } 之间只有 { $gap } 分钟更换楼宇。
conflict-unavailable = { $person } 无法在该时间参加 { $session }。
conflict-capacity = { $session } 预计有 { $audience } 人参加，但 { $room } 只有 { $capacity } 个座位。
conflict-no-hybrid = { $session } 有远程发言人，但 { $room } 没有混合会议设备。
conflict-parallel = { $count } 场会议同时进行，超出场地上限：{ $sessions }。
conflict-same-line = 行动方面 { $line } 的两场会议同时进行：{ $sessions }。
flash-agenda-placed = 会议已安排。
flash-agenda-unscheduled = 会议已从网格移出，返回列表。
error-agenda-pick-session = 请先在列表或网格中选择一场会议。
error-agenda-stale = 在此期间另一位组织方更改了此内容，因此未作任何更改。下方为当前议程：请检查后重试。
error-outside-grid = 该时间不在当天的时间网格内。
error-not-a-forum-day = 请选择论坛举办期间的某一天。
error-time-invalid = 请输入时间，例如 09:30。

## 场地
grid-title = 时间网格
grid-day-start = 每天开始时间
grid-day-end = 每天结束时间
grid-time-hint = 24 小时制日内瓦时间，例如 09:00。
grid-step = 网格间隔（分钟）
grid-travel = 更换楼宇所需分钟数
grid-travel-hint = 发言人在不同楼宇的会议之间至少需要这么长时间。
grid-max-parallel = 同时进行的会议上限
grid-max-parallel-hint = 0 表示不限。
grid-save = 保存时间网格
flash-grid-saved = 时间网格已保存。
error-venue-stale = 在此期间其他人更改了此内容。现显示当前值：请检查后再次保存。
rooms-title = 会议室
room-new = 添加会议室
room-name = 名称
room-building = 楼宇
room-building-hint = 不同楼宇的会议室之间，会议间隔需留出路程时间。
room-capacity = 座位数
room-parallel = 同时进行的会议数
room-parallel-hint = 会议室填 1；有多个展位的展区可填更多。
room-interpretation = 口译语言
room-interpretation-hint = 以空格分隔的联合国语言代码，例如“ar en fr”。
room-remote-url = 远程参会链接
room-hybrid = 混合会议设备（远程发言人可参加）
room-add = 添加会议室
room-save = 保存会议室
room-summary = { $name } – { $building }，{ $capacity } 个座位
room-remove = 移除 { $name }
flash-room-saved = 会议室已保存。
flash-room-removed = 会议室已移除。
error-room-in-use = 此会议室已安排有会议。请先将其移走。
error-room-name-taken = 已有其他会议室使用此名称。
error-unknown-language = 请使用联合国语言代码：ar、en、es、fr、ru、zh。
blocks-title = 休息和全体会议
blocks-hint = 在休息或全体会议所涉及的会议室中，不能在其时段内安排会议。
block-new = 添加休息或全体会议
block-kind = 类型
block-kind-break = 休息
block-kind-plenary = 全体会议
block-title = 标题
block-day = 日期
block-start = 从
block-end = 至
block-rooms = 会议室
block-rooms-hint = 不勾选则适用于所有会议室。
block-all-rooms = 所有会议室
block-add = 添加
block-remove = 移除{ $title }
flash-block-saved = 休息或全体会议已保存。
flash-block-removed = 休息或全体会议已移除。
unavailable-title = 发言人可用时间
unavailable-hint = 小组成员无法出席的时间。若某场会议在该时间安排了此人，将显示为冲突。
unavailable-new = 添加某人无法出席的时间
unavailable-email = 小组成员的电子邮件地址
unavailable-note = 备注
unavailable-add = 添加
unavailable-remove = 移除 { $email } 的条目
flash-unavailable-saved = 可用时间已保存。
flash-unavailable-removed = 条目已移除。
flash-audience-saved = 预期听众人数已保存。

## 自动排期
schedule-hint = 排期程序会安排尚未放入网格的会议。它绝不违反硬性规则（会议室、人员、路程、可用时间、座位、混合会议设备、休息），并尽可能将同一行动方面的会议错开。在您应用方案之前，不会有任何更改。
schedule-summary = 已安排 { $placed } 场会议，剩余 { $unplaced } 场，计算耗时 { $millis } ms。按此方案，整个议程中有 { $pairs } 对同一行动方面的会议同时进行。
schedule-apply = 应用此方案
schedule-proposed = 建议的安排
schedule-nothing = 所有会议均已在网格中，或没有可安排的会议。
schedule-unplaced = 剩余会议
schedule-unplaced-hint = 没有空余位置能在不违反规则的情况下容纳这些会议：请增加会议室或时间，或手动安排。
flash-schedule-applied = 方案已应用。
error-plan-empty = 方案为空：没有可应用的内容。

## 发布
release-summary = 现在发布将公布 { $sessions } 场会议。议程中有 { $errors } 处冲突。
release-changes = 自上次发布以来的更改
release-note = 公开说明
release-note-hint = 可选：更改了什么以及原因。
release-confirm = 确认
release-confirm-conflicts = 仍然发布，议程中有 { $n } 处冲突。
release-publish = 发布议程
release-earlier = 以往发布
release-none-yet = 尚未发布任何内容。
release-heading = 第 { $number } 版，{ $when }
changelog-none = 没有新增、移动或取消的会议。
changelog-added = 新增（{ $n }）
changelog-moved = 移动（{ $n }）
changelog-cancelled = 取消（{ $n }）
flash-agenda-released = 议程已发布。每场新增、移动或取消的会议的相关人员都将收到电子邮件。
error-agenda-empty = 网格中没有会议，因此没有可发布的内容。
error-agenda-has-conflicts = 议程存在冲突。请解决冲突，或勾选复选框仍然发布。
email-agenda-added-subject = { $code } 已列入{ $edition }议程
email-agenda-added-body =
    { $name }，您好：

    您的会议 { $code }“{ $title }”已列入已发布的{ $edition }议程：

    { $when }，{ $room }

    { $link }
email-agenda-moved-subject = { $code } 已调整
email-agenda-moved-body =
    { $name }，您好：

    您的会议 { $code }“{ $title }”在{ $edition }议程中的时间或会议室已调整：

    { $when }，{ $room }

    { $link }
email-agenda-cancelled-subject = { $code } 已不在议程中
email-agenda-cancelled-body =
    { $name }，您好：

    您的会议 { $code }“{ $title }”已不在已发布的{ $edition }议程中。秘书处将与您联系。

## 公开日程
programme-title = 日程
programme-not-yet = 议程尚未发布。请稍后再来查看。
programme-release = 第 { $number } 版，发布于 { $when }
programme-releases = 以往版本和更改
programme-old-release = 您正在查看以往版本。最新版本为第 { $latest } 版。
programme-see-latest = 查看最新议程
programme-exports = 下载
export-ics = 日历（iCalendar）
export-xml = 日程 XML
export-json = 日程 JSON
export-csv = 会议（CSV）
programme-view = 视图
programme-view-grid = 网格
programme-view-list = 列表
programme-day = 日期
programme-mode = 参与方式
programme-search = 搜索
programme-count = 符合条件的会议：{ $n }。
programme-none = 当天没有符合条件的会议。
session-when-geneva = { $day }，日内瓦时间 { $time }（UTC{ $offset }）
session-when-utc = { $time } UTC
session-when-local = 您的当地时间
session-where = { $room }，{ $building }
session-remote-link = 远程参加
session-interpretation = 口译：{ $languages }
session-add-calendar = 添加到我的日历
session-abstract = 摘要
session-description = 说明
session-organizers = 组织方
session-panel = 发言小组
session-lines = 信息社会世界峰会行动方面
session-sdgs = 可持续发展目标
session-back = 返回日程
speaker-sessions = 会议
speakers-title = 发言人
speakers-search = 按姓名、职务或组织搜索
speakers-country = 国家
speakers-count = 议程中的发言人：{ $n } 位。
speakers-matching = 符合条件的发言人：{ $total } 位中的 { $shown } 位。
speakers-none = 没有符合此搜索的发言人。
speakers-all = 显示全部发言人
speakers-pages = 发言人列表分页
speakers-page = 第 { $page } 页，共 { $pages } 页
speakers-previous = 上一页
speakers-next = 下一页
matrix-title = 信息社会世界峰会–可持续发展目标矩阵
matrix-intro = 第 { $release } 版的会议，按信息社会世界峰会行动方面和可持续发展目标分类。每个数字链接到相应的会议。
matrix-csv = 下载矩阵（CSV）
matrix-line = 行动方面
matrix-sdg = 可持续发展目标 { $n }
matrix-total = 合计
matrix-cell = 关于 { $line } 和可持续发展目标 { $sdg } 的会议共 { $n } 场
programme-filter = 筛选
programme-filters = 筛选
programme-filters-active = 筛选（{ $n } 项已启用）
programme-legend = 颜色含义
programme-now = 正在进行
programme-next = 接下来
now-title = 正在进行与接下来
now-at = { $day }，{ $time }（日内瓦时间）
now-before = 论坛将于{ $day }开幕。首批会议：
now-over = 论坛已经结束。感谢您的参与。
now-free = 空闲
now-nothing-later = 今天没有更多会议
now-nothing-that-day = 当天没有会议
now-full-programme = 完整议程
print-title = 可打印的议程
print-link = 可打印的议程（A4）
print-time = 时间
print-room = 会议室
print-session = 会议
print-release = 第 { $number } 版
print-geneva-time = 所有时间均为日内瓦时间
print-hint = 请使用浏览器的“打印”命令：每一天从新的 A4 页开始。
print-hint-sign = 请使用浏览器的“打印”命令，将此标牌打印在 A4 纸上。
sign-title = 会议室标牌
sign-qr = 指向 { $url } 的二维码
sign-back = 返回会议
session-sign = 可打印的会议室标牌
embed-full-programme = 完整议程
offline-notice = 您处于离线状态。这是保存在本设备上的议程副本：第 { $number } 版，发布于 { $when }。
update-notice = 议程已发布更新的版本。
update-show = 查看
star-off = 收藏
star-on = 已收藏
mine-title = 我的日程
mine-overlap = 时间冲突
mine-overlaps-with = 与 { $sessions } 同时进行
mine-dropped = 已不在议程中
mine-dropped-hint = 这些收藏的会议在您收藏后已被取消或与其他会议合并。
mine-empty = 您还没有收藏任何会议。在议程中收藏会议后，它们会按日期显示在这里。
mine-account = 您的收藏保存在您的账户中，在您登录的每台设备上都可见。
mine-browser = 您的收藏仅保存在此浏览器中。
mine-sign-in = 登录后可将收藏保存到账户并获取日历订阅。
mine-no-js = 未启用 JavaScript 时，收藏会议需要账户：请先登录。
feed-title = 日历订阅
feed-hint = 在您的日历应用中订阅此私人地址。它会跟随议程的每次变更：调整的会议随之移动，取消的会议随之消失。任何拥有此地址的人都能看到您收藏的会议。
feed-address = 您的私人日历地址
feed-renew = 生成新地址
feed-revoke = 关闭订阅
feed-renew-hint = 生成新地址会立即使旧地址失效；关闭订阅也是如此。
feed-none = 通过一个跟随议程每次变更的私人地址，在您自己的日历应用中查看收藏的会议。
feed-create = 生成我的日历地址
flash-feed-made = 您的日历地址已生成。之前的地址已失效。
flash-feed-revoked = 日历订阅已关闭。其地址已失效。
error-too-many-stars = 您收藏的会议已达到一个账户的上限（1000 个）。请先取消部分收藏。

## 自动化 API
api-invalid = 部分字段无效；请查看各字段的消息。
api-error-not-found = 此处没有内容，或此账户无权查看。
api-error-unauthenticated = 请发送有效且未过期的个人访问令牌：Authorization: Bearer wsis_…
api-error-forbidden = 此令牌或其账户无权执行此操作。
api-error-rate-limited = 此令牌的请求过多；请按 Retry-After 的指示等待。
api-error-internal = 我们这边出了问题，已记录。
api-error-no-such-route = 没有此 API 路由。请参阅 /api/v1/openapi.json。
api-error-bad-json = 请求正文不是此路由所需的 JSON。
api-error-bad-query = 查询字符串不符合此路由的要求。
tokens-title = API 令牌
tokens-intro = 借助个人访问令牌，您的脚本可以您的身份、以您的权限使用门户的自动化 API。请为每个脚本使用单独的令牌，不再需要时将其吊销。
tokens-openapi = API 说明（OpenAPI）
tokens-yours = 您的令牌
tokens-none = 您还没有令牌。
token-new = 创建令牌
token-name = 名称
token-name-hint = 用途，例如“日程同步”。
token-scopes = 权限范围
token-scope-read = 读取
token-scope-write = 更改（创建、决定、排期）
token-days = 有效期（天）
token-days-hint = 留空则令牌一直有效，直至您将其吊销。
token-create = 创建令牌
token-created = 您的新令牌“{ $name }”：
token-created-once = 请立即复制：它仅显示这一次，之后无法再次显示。
token-prefix = 开头为
token-created-at = 创建时间
token-last-used = 最近使用
token-expires = 过期时间
token-actions = 操作
token-never-used = 从未使用
token-no-expiry = 永不过期
token-revoked = 已吊销
token-revoke = 吊销{ $name }
flash-token-revoked = 令牌已吊销；使用它的脚本将无法再登录。

## 人员（管理员）
nav-people = 人员
people-title = 人员
people-search = 姓名、地址或组织
people-role = 角色
people-count = 找到的人员：{ $n }。
people-status = 状态
people-change = 更改
people-active = 有效
people-inactive = 已停用
people-roles-of = { $name } 的角色
people-save-roles = 保存角色
people-deactivate = 停用 { $name }
people-reactivate = 重新启用 { $name }
people-pages = 页面
people-invite = 邀请人员
people-invite-hint = 评审人、行动方面协调人、组织方和管理员。已有账户的地址将立即获得该角色；新地址将收到一封电子邮件，内含设置密码的链接，有效期为七天。
people-name-hint = 仅当该地址尚无账户时需要填写。
people-line = 行动方面
people-line-hint = 适用于协调人：其负责协调的行动方面，例如 C7 或 C7-EHEALTH。
people-invite-send = 邀请
flash-person-invited = 邀请已发出。
flash-person-role-added = 该账户已存在，现已获得该角色。
flash-person-roles-saved = 角色已保存。
flash-person-deactivated = 该账户已停用，并已在所有设备上退出登录。
flash-person-reactivated = 该账户已重新启用。
error-cannot-deactivate-self = 您不能停用自己的账户。
email-staff-invitation-subject = 邀请您使用信息社会世界峰会论坛咨询门户
email-staff-invitation-body =
    { $name }，您好：

    { $inviter }邀请您使用信息社会世界峰会论坛咨询门户。请在此设置密码（链接有效期为七天）：

    { $link }
audit-csv = 下载这些事件（CSV）
outbox-title = 电子邮件发件箱
outbox-intro = 门户生成的每封电子邮件都在此等待，直至 SMTP 服务器接收；发送失败的邮件会以逐渐延长的间隔重试约一天。您可以立即重试失败或等待中的邮件，或重新发送已送达的邮件。
outbox-status = 状态
outbox-status-pending = 等待中
outbox-status-sent = 已发送
outbox-status-failed = 失败
outbox-to = 收件人
outbox-subject = 主题
outbox-written = 生成时间
outbox-count = 找到的电子邮件：{ $n }。
outbox-retry = 立即重试
outbox-resend = 重新发送
flash-email-requeued = 该邮件已加入队列，将在一分钟内发出。
account-my-data = 下载我的数据（JSON）

# 数据保护：删除
account-erase-title = 删除我的账户
account-erase-lead = 您的姓名、电子邮件地址和密码将被删除，您将在所有设备上退出登录。您参与的提案和评审仍归其组织所有，但不再显示您的姓名。此操作无法撤销。
account-erase-confirm = 我了解此操作无法撤销。
account-erase-submit = 删除我的账户
error-erase-not-confirmed = 请勾选此框以确认。
error-already-erased = 此账户已被删除。
error-last-admin = 门户至少需要一名在职管理员：请先任命另一名管理员。
flash-account-erased = 您的账户已删除。感谢您的参与。
people-erase = 删除 { $name } 的个人数据
people-erase-confirm = 此人已申请删除，我了解此操作无法撤销。
people-erase-submit = 删除
flash-person-erased = 个人数据已删除；提案和评审保留，但不再显示姓名。
flash-erase-needs-confirmation = 未删除任何内容：请先勾选确认框。

# E-mail template previews (admins)
mailpreview-title = 电子邮件模板
mailpreview-intro = 门户发送的每封电子邮件，以您选择的语言和示例值完整呈现。决定邮件显示默认文本；组织方可在决定页面针对某一届次进行调整。
mailpreview-languages = 模板语言
template-verify-email = 确认电子邮件地址
template-account-exists = 使用已有账户的地址注册
template-reset-password = 重置密码
template-proposal-received = 提案回执
template-draft-reminder = 截止日期前的草稿提醒
template-speaker-invitation = 发言人邀请
template-coorganizer-invitation = 联合组织方邀请
template-join-request = 加入组织的申请
template-decision-accept = 决定：已接受
template-decision-waitlist = 决定：候补
template-decision-reject = 决定：未入选
template-decision-merge = 决定：已合并
template-agenda-added = 议程：会议已排定
template-agenda-moved = 议程：会议已调整
template-agenda-cancelled = 议程：会议已取消
template-staff-invitation = 工作人员邀请

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = 行动方针与可持续发展目标
taxonomy-lead = 提案人从此处提供的行动方针和可持续发展目标中选择。可以重命名条目、停用条目，或在某一行动方针下添加有主持方的子主题。已选择某个停用条目的提案会保留该条目。
taxonomy-fixed = 利益攸关方类型、国际电联区域和国家沿用联合国和国际电联的清单，不在此处编辑。
taxonomy-lines = 行动方针、子方针和子主题
taxonomy-sdgs = 可持续发展目标
taxonomy-offered = 提供中
taxonomy-retired = 已停用
taxonomy-added = 本届新增
taxonomy-edit = 编辑 { $code }
taxonomy-name = 名称
taxonomy-name-hint = 留空则使用标准名称，并翻译为各种语言。此处填写的名称在所有语言中按原样显示。
taxonomy-moderator = 主持方
taxonomy-active = 向提案人提供
taxonomy-save = 保存 { $code }
taxonomy-add-title = 添加子主题
taxonomy-add-lead = 子主题隶属于某一行动方针，通常由合作伙伴组织主持，添加后立即向提案人提供。
taxonomy-parent = 行动方针
taxonomy-code = 代码
taxonomy-code-hint = 行动方针代码、连字符，再加 2 至 12 个大写字母或数字，例如 C3-OPENDATA。
taxonomy-add = 添加子主题
flash-taxonomy-saved = 条目已保存。
flash-taxonomy-added-flash = 子主题已添加，并已向提案人提供。
error-keep-one-active = 请在此列表中至少保留一个提供中的条目，否则无法提交任何提案。
error-theme-code-format = 请使用行动方针代码、连字符，再加 2 至 12 个大写字母或数字（例如 C3-OPENDATA）。
error-theme-code-taken = 该代码已被使用，请另选一个。

## Submissions beyond session proposals (issue 10)
nav-submissions = 其他提交内容
submissions-title = 其他提交内容
submissions-lead = 除会议提案外，本次咨询还征集您对论坛主题和形式的意见、发言人推荐、高级别会议协调人提名以及展览场地申请。每份提交内容均以您组织的名义提出；您可以保存草稿，在截止日期前修改，或将其撤回。
submissions-mine = 您组织的提交内容
submissions-none = 您的组织尚未开始任何提交。
submissions-kinds = 发送提交内容
submissions-back = 返回提交内容列表
submission-kind-thematic-view = 对专题方面的意见
submission-kind-format-view = 对形式创新的意见
submission-kind-speaker-recommendation = 发言人推荐
submission-kind-hlt-nomination = 高级别会议协调人提名
submission-kind-exhibition-request = 展览场地申请
submission-thematic-view-lead = 请告诉组织方论坛应讨论哪些主题及其原因，并注明您的意见涉及的行动方面和可持续发展目标。
submission-thematic-view-title = 议题
submission-thematic-view-body = 您的意见
submission-format-view-lead = 就论坛的举办方式提出新建议：会议形式、混合参与、无障碍和包容性。
submission-format-view-title = 议题
submission-format-view-body = 您的建议
submission-speaker-recommendation-lead = 推荐一位应在论坛上发言的人士，并说明其发言内容。
submission-speaker-recommendation-title = 此人将发言的主题
submission-speaker-recommendation-body = 推荐理由
submission-speaker-recommendation-person = 您推荐的人士
submission-hlt-nomination-lead = 提名一位人士协调某一行动方面的高级别会议。
submission-hlt-nomination-title = 高级别会议场次或主题
submission-hlt-nomination-body = 提名理由
submission-hlt-nomination-person = 您提名的人士
submission-exhibition-request-lead = 申请论坛展览中的场地，展示您的工作。
submission-exhibition-request-title = 您将展出的内容
submission-exhibition-request-body = 说明和需求（电源、屏幕、互联网、家具）
submission-themes-hint = 最多选择 { $max } 项。
submission-person-name = 全名
submission-person-organization = 组织
submission-person-gender = 性别
submission-person-email = 电子邮件地址
submission-person-email-hint = 可选。仅组织方可见；组织方可能会联系此人。
submission-space-size = 场地面积
submission-space-option = { $m2 } m²
submission-on-behalf-legend = 发言者
submission-on-behalf-hint = 在会议上发言的人。此提交内容将标注为由组织方代其记录。
submission-on-behalf-name = 发言者姓名和组织
submission-record-heading = { $kind }：在 { $meeting } 上提出的意见
submission-edit-heading = { $kind } { $code }
submission-deadline = 开放至 { $deadline }。
submission-limit = 每个组织最多可提交 { $count } 份此类内容。
submission-consent = 在公开的成果报告中列出此提交内容
submission-consent-hint = 报告始终统计所有提交内容。经您同意，报告还会显示标题、您的组织和您的文本（绝不会显示您推荐或提名人士的个人信息）。
submission-consent-short = 公开列出
submission-consent-given = 已同意
submission-consent-not-given = 未同意
submission-record = 记录意见
submission-save-changes = 保存更改
submission-send = 发送
submission-save-draft = 保存为草稿
submission-status-draft = 草稿
submission-status-submitted = 已发送
submission-status-withdrawn = 已撤回
submission-kind-not-offered = 本届不接受。
submission-closes = 开放至 { $deadline }。
submission-closed-on = 已于 { $deadline } 截止。
submission-start = 开始：{ $kind }
submission-col-title = 标题
submission-col-kind = 类型
submission-col-updated = 最后更改
submission-col-themes = 主题
submission-from = 来自
submission-received-how = 接收方式
submission-received-online = 通过在线表单
submission-received-meeting = 在 { $meeting } 上，由组织方代 { $name } 记录
submission-at-meeting = 在 { $meeting } 上
submission-sent-at = 发送时间
submission-change = 修改
submission-withdraw = 撤回
submission-editable-until = 您可在 { $deadline } 之前修改或撤回。
submission-organizer-tools = 供组织方使用
submission-tags = 标签
submission-no-tags = 暂无标签。
submission-tag-new = 新标签
submission-tag-hint = 用几个词概括一个主题，例如“性别差距”。标签会计入成果报告。
submission-tag-add = 添加标签
submission-tag-remove = 删除标签 { $tag }
submission-uses = 在日程中的使用
submission-use-kind = 用作
submission-use-speaker = 会议发言人
submission-use-session = 会议备注
submission-use-line = 行动方面系列会议备注
submission-use-target = 会议或行动方面
submission-use-target-hint = 会议代码（例如 WF27-0042）或行动方面代码（例如 C5）。
submission-use-note = 备注
submission-use-note-hint = 可选。对于备注，留空则使用提交内容的标题。
submission-use-save = 使用
submission-used-speaker = 已作为发言人添加到会议 { $target }
submission-used-session = 会议 { $target } 的备注
submission-used-line = { $target } 系列会议的备注
submission-region = 国际电联区域
submission-count = { $count ->
   *[other] 共 { $count } 份提交内容。
}
filter-submissions = 筛选提交内容
organize-submissions-title = 咨询提交内容
organize-submissions-lead = 所有类型的全部提交内容，包括在线发送的和在咨询会议上记录的。草稿仅作者本人可见。
consultation-settings-title = 咨询设置和咨询会议
consultation-settings-lead = 征集接受哪些类型的提交内容、截止时间和数量上限，以及咨询会议。
submission-kinds-title = 提交内容类型
submission-kind-open = 接受此类提交内容
submission-kind-deadline = 单独截止时间（日内瓦时间）
submission-kind-deadline-hint = 留空则使用征集截止时间。不得晚于征集截止时间。
submission-kind-max-org = 每个组织的上限
submission-kind-max-chars = 文本字符数上限
submission-kind-save = 保存：{ $kind }
meetings-title = 咨询会议
meetings-none = 尚未添加任何咨询会议。
meeting-add = 添加咨询会议
meeting-change = 修改咨询会议
meeting-title = 标题
meeting-mode = 举行方式
meeting-mode-virtual = 线上
meeting-mode-physical = 现场
meeting-mode-hybrid = 混合
meeting-starts = 开始（日内瓦时间）
meeting-ends = 结束（日内瓦时间）
meeting-when = 时间
meeting-time-hint = 例如 2027-01-20T14:00。
meeting-location = 地点
meeting-location-hint = 现场和混合会议必填。
meeting-remote-url = 远程参会链接
meeting-remote-url-hint = 线上和混合会议必填，例如 https://meet.example.org/wsis。
meeting-save = 保存咨询会议
meeting-inputs = 意见
meeting-inputs-title = 本次咨询会议收到的意见
meeting-inputs-lead = 将发言者所说或提交的内容，作为代其提交的内容予以记录。
meeting-no-inputs = 尚未记录任何意见。
meeting-record = 记录：{ $kind }
outcomes-edit-title = 成果报告
outcomes-title = { $edition }：公开咨询进程成果
outcomes-published-on = 发布于 { $date }。
outcomes-is-public = 报告已公开。
outcomes-not-public = 报告尚未公开。请撰写摘要，然后发布。
outcomes-view-public = 查看公开页面
outcomes-summary = 摘要
outcomes-summary-hint = Markdown。发布前必填。
outcomes-programme-answer = 日程如何回应咨询意见
outcomes-answer-hint = Markdown。可选。
outcomes-save = 保存
outcomes-publish = 发布报告
outcomes-unpublish = 撤销报告公开
outcomes-preview = 预览
outcomes-total = 份提交内容已计入统计
outcomes-from-meetings = 份在咨询会议上收到
outcomes-listed = 份经作者同意列出
outcomes-lines-hint = 条形图：各行动方面在提交内容中所占比例，以及在日程已接受会议中所占比例。
outcomes-listed-title = 经作者同意列出的提交内容
outcomes-listed-lead = 作者同意公开的提交内容。不列出被推荐和被提名人士的姓名。
outcomes-listed-none = 尚无作者同意公开。
outcomes-csv-counts = 下载统计数据（CSV）
outcomes-csv-list = 下载列出的提交内容（CSV）
outcomes-print-hint = 如需保存 PDF，请在浏览器中打印此页并选择“另存为 PDF”。
outcomes-dim-kind = 提交内容类型
outcomes-dim-stakeholder = 提交方的利益攸关方类型
outcomes-dim-region = 提交方所在的国际电联区域
outcomes-dim-country = 提交方所在国家
outcomes-dim-line = 提交内容涉及的行动方面
outcomes-dim-sdg = 提交内容涉及的可持续发展目标
outcomes-dim-tag = 组织方标注的主题
flash-submission-sent = 您的提交内容已发送。回执已发送至您的收件箱。
flash-submission-draft-saved = 草稿已保存。
flash-submission-saved = 您的更改已保存。
flash-submission-not-editable = 此提交内容已无法修改。
flash-submission-withdrawn = 提交内容已撤回。
flash-submission-tagged = 标签已添加。
flash-submission-untagged = 标签已删除。
flash-submission-used = 完成：此提交内容现已纳入日程材料。
flash-submission-kind-saved = 设置已保存。
flash-meeting-saved = 咨询会议已保存。
flash-meeting-input-recorded = 意见已记录。
flash-outcomes-published = 成果报告现已公开。
flash-outcomes-unpublished = 成果报告已不再公开。
flash-outcomes-saved = 报告已保存。
error-too-many = 最多选择 { $limit } 项。
error-tag-format = 只能使用字母、数字、空格和连字符。
error-kind-closed = 本届不接受此类提交内容。
error-submission-limit = 您的组织提交的此类内容已达到本届允许的上限。
error-session-not-found = 本届没有使用此代码的会议。
error-session-not-accepted = 此提案未被接受为会议。
error-deadline-after-call = 不得晚于征集截止时间。
email-submission-received-subject = 已收到提交内容 { $code }
email-submission-received-body =
    { $name }，您好：

    谢谢！我们已收到您的提交内容 { $code }（{ $kind }）“{ $title }”。

    截止日期前，您可以在此查看、修改或撤回：

    { $link }

    信息社会世界峰会论坛秘书处
template-submission-received = 提交内容回执
api-error-bad-path = 地址中的标识格式不符合此路由的要求。
error-bad-json = 请求正文不是此路由所需的 JSON。
error-bad-query = 查询字符串不符合此路由的要求。
error-bad-path = 地址中的标识格式不符合此路由的要求。
consultation-notes-title = 来自咨询
consultation-notes-lead = 组织者根据咨询提交内容附加的说明。
profile-title = 您的发言人资料
profile-title-staff = { $name } 的发言人资料
profile-staff-note = 您正在代表发言人编辑此资料。您的编辑将以您的名义记入审计日志。
profile-lead = 日程将以下列方式在您的会议页面和您的发言人页面上介绍您。您的会议：
profile-print-name = 印刷姓名
profile-print-name-hint = 按日程中应显示的形式填写，不含尊称。
profile-honorific = 尊称
profile-honorific-hint = 可选，例如博士、教授或阁下。
profile-job-title = 职务
profile-organization = 组织
profile-pronouns = 人称代词
profile-pronouns-hint = 可选，例如“她”。
profile-bio = 个人简介
profile-bio-hint = 最多 1500 个字符。可使用 Markdown：*斜体*、**粗体**和[链接](https://example.org)。
profile-links = 链接
profile-links-hint = 您的网站或社交媒体主页：每行一个完整网址，最多 5 个。
profile-photo = 照片
profile-photo-hint = JPEG、PNG 或 WebP 格式，最大 5 MB。我们会保留中央的正方形部分，并删除位置和相机数据。
profile-photo-current = 您当前的照片
profile-photo-remove = 移除我的照片
profile-public-title = 日程显示的内容
profile-public-hint = 您的印刷姓名始终显示；您的电子邮件地址从不显示。请勾选其他可以公开的内容。
profile-public-details = 显示我的尊称、职务和组织
profile-public-bio = 显示我的个人简介
profile-public-links = 显示我的链接
profile-public-pronouns = 显示我的人称代词
profile-public-photo = 显示我的照片
profile-save = 保存资料
profile-availability-title = 您无法发言的时间
profile-availability-lead = 请告知组织方您无法出席的时间，以免将您的会议安排在这些时间。所有时间均为日内瓦时间（论坛期间为 { $zone }）；会议时段为 { $hours }。
profile-unavailable-none = 您尚未申报任何时间。
profile-unavailable-new = 添加您无法发言的时间
profile-unavailable-day = 日期
profile-unavailable-start = 从
profile-unavailable-end = 至
profile-time-hint = 日内瓦时间，例如 14:00。
profile-whole-day = 全天
profile-unavailable-add = 添加
profile-unavailable-remove = 撤回（{ $day }）
profile-unavailable-by-organizers = （由组织方登记）
profile-edit-link = 编辑您的发言人资料，并告诉我们您无法发言的时间
flash-profile-saved = 您的资料已保存。
flash-profile-unavailable-added = 该时间已添加。
flash-profile-unavailable-removed = 该时间已撤回。
error-photo-too-large = 此文件大于 5 MB。请选择较小的照片。
error-photo-wrong-type = 这不是 JPEG、PNG 或 WebP 格式的照片。请选择这几种格式之一。
error-photo-corrupt = 此文件已损坏或不完整。请另选一份副本。
error-photo-too-many-pixels = 此图片过大（每边最多 12000 像素，总计最多 5000 万像素）。请选择较小的图片。
error-photo-too-small = 此图片过小：请选择宽和高均至少为 96 像素的图片。
error-too-many-links = 请最多列出 { $limit } 个网址。
speaker-links = 链接
speaker-pronouns = 人称代词：{ $pronouns }
speaker-photo-alt = { $name } 的照片
venue-profile-edit = { $email } 的资料
venue-profile-lookup = 编辑发言人资料
venue-profile-email = 发言人的电子邮件地址（与发言小组中的一致）
venue-profile-open = 打开资料
unavailable-by-speaker = 由发言人申报
profile-not-on-panel = 您的地址 { $email } 不在任何会议的发言小组中。如果提议方使用另一个地址提名了您，请使用您在该地址收到的电子邮件中的链接。
account-speaker-profile-lead = 您是某场会议发言小组的成员？请编辑日程介绍您的方式，并告知组织方您无法发言的时间。
account-speaker-profile-link = 您的发言人资料
